namespace OrgBackupHealer.ColdStart;

/// <summary>
/// One cold process: start to first response posted, the warm invocations after it, its peak RSS, and the time the
/// first reconcile spent (the function's own ReconcileDuration metric: the Organizations calls to moto and the plan).
/// </summary>
internal sealed record RunResult(
    double FirstResponseMs, double FirstReconcileMs, IReadOnlyList<double> WarmMs, IReadOnlyList<double> WarmReconcileMs, long PeakRssBytes);
