using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Tests.Events.Baseline;

/// <summary><see cref="EventClassification"/> as it was up to commit a42232d, over the frozen records.</summary>
internal sealed record BaselineClassification(
    EventKind Kind,
    string Reason,
    BaselineEventBridgeEvent? Event = null,
    BaselineCloudTrailDetail? Detail = null,
    TriageCategory? Triage = null)
{
    public ReconcileTrigger? Trigger => Kind switch
    {
        EventKind.ErrorSignal => ReconcileTrigger.ErrorSignal,
        EventKind.DriftSignal => ReconcileTrigger.DriftSignal,
        EventKind.Scheduled => ReconcileTrigger.Scheduled,
        _ => null,
    };

    public IgnoreReason? IgnoredReason => Kind switch
    {
        EventKind.SelfGenerated => IgnoreReason.Self,
        EventKind.Unrelated => IgnoreReason.Unrelated,
        EventKind.Invalid => IgnoreReason.Invalid,
        _ => null,
    };

    public string? EventId => Detail?.EventId ?? Event?.Id;

    public string? EventName => Detail?.EventName ?? Event?.DetailType;

    public string? ErrorCode => Detail?.ErrorCode;

    public string? SourceAccount => Event?.Account is { Length: > 0 } account ? account : Detail?.RecipientAccountId;

    public string? Principal =>
        Detail?.UserIdentity?.Arn ?? Detail?.UserIdentity?.SessionContext?.SessionIssuer?.Arn ?? Detail?.UserIdentity?.PrincipalId
            ?? Detail?.UserIdentity?.InvokedBy;
}
