namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// What a reconcile reports as it runs: fixes (enforce), drift (report), healing runs and unreachable targets, each
/// for one entry of the set (<paramref name="policy"/>: its key, or <see cref="PlannedAction.WholeSet"/> for the
/// root's policy type, which serves every entry).
/// </summary>
public interface IReconcileMetrics
{
    void AutoFix(FixType fixType, string policy);

    void DriftDetected(FixType fixType, string policy);

    /// <summary>Once per entry a reconcile applied at least one fix to, however many (the spike alarm sums them).</summary>
    void HealingRun(string policy);

    /// <param name="reason">An <see cref="UnreachableReasons"/> value.</param>
    void TargetUnreachable(string reason, string policy);
}
