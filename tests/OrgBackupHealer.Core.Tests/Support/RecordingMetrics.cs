using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Tests.Support;

/// <summary>Every metric a reconcile reported, and the entry (Policy dimension) of each.</summary>
public sealed class RecordingMetrics : IReconcileMetrics
{
    public List<FixType> AutoFixes { get; } = [];

    public List<FixType> Drifts { get; } = [];

    public int HealingRuns => HealingRunPolicies.Count;

    /// <summary>One list per healing run: the entries it wrote to.</summary>
    public List<IReadOnlyList<string>> HealingRunPolicies { get; } = [];

    public List<string> Unreachable { get; } = [];

    /// <summary>Every AutoFix and DriftDetected with its Policy dimension, in order.</summary>
    public List<(FixType FixType, string Policy)> ByPolicy { get; } = [];

    public void AutoFix(FixType fixType, string policy)
    {
        AutoFixes.Add(fixType);
        ByPolicy.Add((fixType, policy));
    }

    public void DriftDetected(FixType fixType, string policy)
    {
        Drifts.Add(fixType);
        ByPolicy.Add((fixType, policy));
    }

    public void HealingRun(IReadOnlyList<string> policies) => HealingRunPolicies.Add(policies);

    public void TargetUnreachable(string reason, string policy) => Unreachable.Add(reason);
}
