using OrgBackupHealer.Core.Batching;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Pipeline;

/// <summary>
/// What the pipeline tells the world as it goes, in the order it happens; the host decides how (the Lambda: JSON log
/// lines and EMF metrics). Core decides what is reported and when; nothing here returns a value the pipeline reads.
/// </summary>
public interface IHealerReport : IStateStoreFaults
{
    /// <summary>A direct event was read (its kind and why).</summary>
    void Classified(EventClassification classification);

    /// <summary>A direct event caused no reconcile: counted once in EventsIgnored with its reason.</summary>
    void Ignored(EventClassification classification, IgnoreReason reason, string why);

    /// <param name="cause">The direct event that ran it; null for a batch's reconcile.</param>
    void ReconcileCompleted(GateDecision decision, SetReconcileResult result, TimeSpan duration, EventClassification? cause);

    /// <param name="cause">The direct event that ran it; null for a batch's reconcile.</param>
    void ReconcileFailed(ReconcileException failure, TimeSpan duration, EventClassification? cause);

    /// <summary>A batch is done: every record has its outcome (ignored ones with their reason).</summary>
    void BatchProcessed(BatchResult result);

    /// <summary>The scheduled coverage check ran, finished or cut short by its budget, and what its metrics may say.</summary>
    void CoverageChecked(CoverageOutcome outcome);

    /// <summary>The scheduled coverage check failed before it could report.</summary>
    void CoverageFailed(Diagnosis diagnosis);
}
