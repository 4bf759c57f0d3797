using OrgBackupHealer.Core.Batching;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Pipeline;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Tests.Support;

/// <summary>Everything the pipeline reported, each call as one entry, in order.</summary>
public sealed class RecordingHealerReport : IHealerReport
{
    private readonly List<object> _entries = [];

    public IReadOnlyList<object> Entries => _entries;

    public IEnumerable<T> Of<T>() => _entries.OfType<T>();

    public void Classified(EventClassification classification) => _entries.Add(classification);

    public void Ignored(EventClassification classification, IgnoreReason reason, string why) => _entries.Add(new IgnoredEntry(classification, reason, why));

    public void ReconcileCompleted(GateDecision decision, SetReconcileResult result, TimeSpan duration, EventClassification? cause) =>
        _entries.Add(new CompletedEntry(decision, result, cause));

    public void ReconcileFailed(ReconcileException failure, TimeSpan duration, EventClassification? cause) => _entries.Add(new FailedEntry(failure, cause));

    public void BatchProcessed(BatchResult result) => _entries.Add(result);

    public void CoverageChecked(CoverageOutcome outcome) => _entries.Add(outcome);

    public void CoverageFailed(Diagnosis diagnosis) => _entries.Add(diagnosis);

    public void StateStoreFailed(string operation, Exception failure) => _entries.Add(new StoreFailureEntry(operation, failure));

    public sealed record IgnoredEntry(EventClassification Classification, IgnoreReason Reason, string Why);

    public sealed record CompletedEntry(GateDecision Decision, SetReconcileResult Result, EventClassification? Cause);

    public sealed record FailedEntry(ReconcileException Failure, EventClassification? Cause);

    public sealed record StoreFailureEntry(string Operation, Exception Failure);
}
