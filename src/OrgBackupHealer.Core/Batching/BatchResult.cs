using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Batching;

/// <summary>
/// A processed batch: every record with its outcome, in the batch's order, the gate's decision, and the reconcile's
/// result or its failure when the batch ran one, with the time the reconcile took.
/// </summary>
public sealed record BatchResult(
    IReadOnlyList<BatchRecordResult> Records,
    BatchGateDecision Gate,
    SetReconcileResult? Reconcile,
    ReconcileException? Failure,
    TimeSpan ReconcileDuration = default)
{
    /// <summary>The messages the queue must deliver again (partial batch failure); the others are done with.</summary>
    public IReadOnlyList<string> RetriedMessageIds => [.. Records.Where(r => r.Outcome == BatchRecordOutcome.Retried).Select(r => r.MessageId)];

    /// <summary>The reconcile's failure as a whole, or its entries' failures.</summary>
    public IReadOnlyList<ReconcileException> Failures => Failure is { } whole ? [whole] : Reconcile?.Failures ?? [];

    public int Count(BatchRecordOutcome outcome) => Records.Count(r => r.Outcome == outcome);

    public int Count(Safety.IgnoreReason reason) => Records.Count(r => r.IgnoredReason == reason);
}
