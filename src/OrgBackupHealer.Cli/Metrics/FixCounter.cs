using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Metrics;

/// <summary>
/// Counts the fixes a reconcile reports (AutoFix per FixType) for the summary, and passes every metric on to
/// <paramref name="inner"/> (the EMF writer the Lambda uses) when there is one.
/// </summary>
internal sealed class FixCounter(IReconcileMetrics? inner = null) : IReconcileMetrics
{
    private readonly Dictionary<FixType, int> _autoFix = [];
    public IReadOnlyDictionary<FixType, int> AutoFixes => _autoFix;

    public void AutoFix(FixType fixType)
    {
        _autoFix[fixType] = _autoFix.GetValueOrDefault(fixType) + 1;
        inner?.AutoFix(fixType);
    }

    public void DriftDetected(FixType fixType) => inner?.DriftDetected(fixType);

    public void HealingRun() => inner?.HealingRun();

    public void TargetUnreachable(string reason) => inner?.TargetUnreachable(reason);

    /// <summary>AutoFix counts keyed by FixType name, in spec order.</summary>
    public IReadOnlyDictionary<string, int> AutoFixByName() =>
        _autoFix.OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString(), p => p.Value, StringComparer.Ordinal);
}
