using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>
/// What the rest of the healer acts on in a classification: the kind, what it triggers or why it is ignored, and the
/// values the gate keys on, the logs show and a batch dates a symptom by (<see cref="Time"/>, <see cref="EventTime"/>). Not
/// the reason sentence: that is for people, and may be reworded.
/// </summary>
internal sealed record ClassificationFacts(
    EventKind Kind,
    ReconcileTrigger? Trigger,
    IgnoreReason? IgnoredReason,
    string? EventId,
    string? EventName,
    string? ErrorCode,
    string? Principal,
    string? SourceAccount,
    TriageCategory? Triage,
    string? Time,
    string? EventTime,
    string? CoverageAccount = null)
{
    public static ClassificationFacts Of(EventClassification c) =>
        new(c.Kind, c.Trigger, c.IgnoredReason, c.EventId, c.EventName, c.ErrorCode, c.Principal, c.SourceAccount, c.Triage, c.Event?.Time, c.Detail?.EventTime, c.CoverageAccount);
}
