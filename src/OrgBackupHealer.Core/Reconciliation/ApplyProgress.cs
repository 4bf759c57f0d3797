using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// What applying one entry's plan (or the set's EnablePolicyType) has done so far. The reconciler owns it, so when a
/// step throws, the writes that did succeed and the targets found unreachable are still known for the report and
/// the flap guard.
/// </summary>
internal sealed class ApplyProgress(ManagedPolicy? observed, bool typeEnabled, string firstStep, Action<AppliedAction> onApplied)
{
    private readonly List<AppliedAction> _applied = [];
    private readonly List<UnreachableTarget> _unreachable = [];

    public IReadOnlyList<AppliedAction> Applied => _applied;

    public IReadOnlyList<UnreachableTarget> Unreachable => _unreachable;

    /// <summary>The managed policy's handle: the observed one, or the one this plan created or found.</summary>
    public ManagedPolicyId? PolicyId { get; set; } = observed?.Id;

    /// <summary>
    /// True once the policy's tags are known to be the entry's in this run: read from its tags, created or tagged by
    /// this plan. A policy known only by the id learnt earlier has its tags read again before the first write.
    /// </summary>
    public bool OwnershipConfirmed { get; set; } = observed is null || observed.IdentifiedBy != PolicyIdentification.KnownId;

    /// <summary>Whether BACKUP_POLICY is known to be ENABLED, so attaching needs no ListRoots poll first.</summary>
    public bool TypeEnabled { get; set; } = typeEnabled;

    /// <summary>The step running now, named for the operator when it fails.</summary>
    public string Step { get; set; } = firstStep;

    public bool Wrote => _applied.Any(a => a.Outcome == ActionOutcome.Applied);

    public void Record(PlannedAction action, ActionOutcome outcome)
    {
        var applied = new AppliedAction(action, outcome);
        _applied.Add(applied);
        onApplied(applied);
    }

    public void RecordUnreachable(UnreachableTarget target) => _unreachable.Add(target);
}
