using OrgBackupHealer.Core.Desired;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// The outcome of one entry's reconcile that completed. In enforce mode every planned action is in place, except the
/// attachments to <see cref="UnreachableTargets"/>; in report and approve mode <see cref="Applied"/> is empty and
/// <see cref="Plan"/> is the drift found (in approve mode, what a proposal asks a person to approve). <see cref="Snapshot"/> is set when the reconcile wrote.
/// </summary>
public sealed record ReconcileResult(
    HealerMode Mode,
    ObservedState Observed,
    IReadOnlyList<PlannedAction> Plan,
    IReadOnlyList<AppliedAction> Applied,
    IReadOnlyList<UnreachableTarget> UnreachableTargets,
    SnapshotReceipt? Snapshot = null)
{
    public bool DriftFound => Plan.Count > 0;

    public int FixesApplied => Applied.Count(a => a.Outcome == ActionOutcome.Applied);

    /// <summary>A healing run: a reconcile that wrote at least one fix. The flap guard and the spike alarm count these.</summary>
    public bool Healed => FixesApplied > 0;

    public ReconcileOutcome Outcome =>
        Mode != HealerMode.Enforce && DriftFound ? ReconcileOutcome.DriftReported
        : UnreachableTargets.Count > 0 ? ReconcileOutcome.Degraded
        : DriftFound ? ReconcileOutcome.Repaired
        : ReconcileOutcome.Healthy;

    /// <summary>True when the organization is in the desired state after this reconcile, unreachable targets aside.</summary>
    public bool EndsHealthy => !DriftFound || Mode == HealerMode.Enforce;

    /// <summary>The managed policy's id after this reconcile (learnt or created), for the next one to start from.</summary>
    public string? ManagedPolicyId { get; init; }

    /// <summary>The key of the entry this is the result of.</summary>
    public string Key { get; init; } = Desired.PolicyIdentity.DefaultKey;
}
