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

    /// <summary>
    /// Once per reconcile that applied at least one fix, however many entries and fixes (the spike alarm and the flap
    /// guard count incidents): <paramref name="policies"/> are the entries it wrote to, or only
    /// <see cref="PlannedAction.WholeSet"/> when it only enabled the policy type.
    /// </summary>
    void HealingRun(IReadOnlyList<string> policies);

    /// <param name="reason">An <see cref="UnreachableReasons"/> value.</param>
    void TargetUnreachable(string reason, string policy);
}
