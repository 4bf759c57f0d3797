using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Tests.Support;

public sealed class RecordingMetrics : IReconcileMetrics
{
    public List<FixType> AutoFixes { get; } = [];

    public List<FixType> Drifts { get; } = [];

    public void AutoFix(FixType fixType) => AutoFixes.Add(fixType);

    public int HealingRuns { get; private set; }

    public List<string> Unreachable { get; } = [];

    public void DriftDetected(FixType fixType) => Drifts.Add(fixType);

    public void HealingRun() => HealingRuns++;

    public void TargetUnreachable(string reason) => Unreachable.Add(reason);
}
