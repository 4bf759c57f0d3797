using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// What applying a plan has done so far. The reconciler owns it, so when a step throws, the writes that did
/// succeed and the targets found unreachable are still known for the report and the flap guard.
/// </summary>
internal sealed class ApplyProgress(ManagedPolicyId? policyId, bool typeEnabled, Action<AppliedAction> onApplied)
{
    private readonly List<AppliedAction> _applied = [];
    private readonly List<UnreachableTarget> _unreachable = [];

    public IReadOnlyList<AppliedAction> Applied => _applied;

    public IReadOnlyList<UnreachableTarget> Unreachable => _unreachable;

    /// <summary>The managed policy's handle: the observed one, or the one this plan created or found.</summary>
    public ManagedPolicyId? PolicyId { get; set; } = policyId;

    /// <summary>Whether BACKUP_POLICY is known to be ENABLED, so attaching needs no ListRoots poll first.</summary>
    public bool TypeEnabled { get; set; } = typeEnabled;

    /// <summary>The step running now, named for the operator when it fails.</summary>
    // Stryker disable once String : the reconciler names the first step ("Saving the snapshot") before anything that can fail, so this initial name is never read.
    public string Step { get; set; } = "Reading the organization";

    public void Record(PlannedAction action, ActionOutcome outcome)
    {
        var applied = new AppliedAction(action, outcome);
        _applied.Add(applied);
        onApplied(applied);
    }

    public void RecordUnreachable(UnreachableTarget target) => _unreachable.Add(target);
}
