using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Batching;

/// <summary>One record of a batch, what the classifier made of it and what became of it.</summary>
public sealed record BatchRecordResult(string MessageId, EventClassification Classification, BatchRecordOutcome Outcome)
{
    /// <summary>The EventsIgnored Reason (README, "Metrics, alarms and runbook") of a record that caused no reconcile; null otherwise.</summary>
    public string? IgnoredReason => Outcome switch
    {
        BatchRecordOutcome.Coalesced => IgnoreReasons.Coalesced,
        BatchRecordOutcome.Duplicate => IgnoreReasons.Duplicate,
        BatchRecordOutcome.SelfGenerated => IgnoreReasons.Self,
        BatchRecordOutcome.Unrelated => IgnoreReasons.Unrelated,
        BatchRecordOutcome.Invalid => IgnoreReasons.Invalid,
        _ => null,
    };
}
