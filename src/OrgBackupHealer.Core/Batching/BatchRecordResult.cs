using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Batching;

/// <summary>
/// One record of a batch, what the classifier made of it and what became of it. <see cref="IgnoredReason"/> is set
/// exactly when <see cref="Outcome"/> is <see cref="BatchRecordOutcome.Ignored"/>.
/// </summary>
public sealed record BatchRecordResult(string MessageId, EventClassification Classification, BatchRecordOutcome Outcome, IgnoreReason? IgnoredReason = null)
{
    /// <summary>The outcome as the log and the storm harness spell it: reconciled, retried, or the ignore reason.</summary>
    public string OutcomeName => Outcome switch
    {
        BatchRecordOutcome.Reconciled => "reconciled",
        BatchRecordOutcome.Retried => "retried",
        _ => IgnoredReason.GetValueOrDefault().MetricValue(),
    };
}
