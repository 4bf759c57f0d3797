namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>What a reconcile reports as it runs: fixes (enforce), drift (report), healing runs and unreachable targets.</summary>
public interface IReconcileMetrics
{
    void AutoFix(FixType fixType);

    void DriftDetected(FixType fixType);

    /// <summary>Once per reconcile that applied at least one fix, however many (the spike alarm's metric).</summary>
    void HealingRun();

    /// <param name="reason">An <see cref="UnreachableReasons"/> value.</param>
    void TargetUnreachable(string reason);
}
