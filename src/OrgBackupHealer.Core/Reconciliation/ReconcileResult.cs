using OrgBackupHealer.Core.Desired;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// The outcome of one reconcile. In enforce mode a returned result means every planned action is in place;
/// in report mode <see cref="Applied"/> is empty and <see cref="Plan"/> is the drift found.
/// </summary>
public sealed record ReconcileResult(
    HealerMode Mode,
    ObservedState Observed,
    IReadOnlyList<PlannedAction> Plan,
    IReadOnlyList<AppliedAction> Applied)
{
    public bool DriftFound => Plan.Count > 0;

    /// <summary>True when the organization is in the desired state after this reconcile.</summary>
    public bool EndsHealthy => Plan.Count == 0 || Mode == HealerMode.Enforce;

    public int FixesApplied => Applied.Count(a => a.Outcome == ActionOutcome.Applied);
}
