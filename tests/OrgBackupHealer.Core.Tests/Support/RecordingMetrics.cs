using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Tests.Support;

public sealed class RecordingMetrics : IReconcileMetrics
{
    public List<FixType> AutoFixes { get; } = [];

    public List<FixType> Drifts { get; } = [];

    public void AutoFix(FixType fixType) => AutoFixes.Add(fixType);

    public void DriftDetected(FixType fixType) => Drifts.Add(fixType);
}
