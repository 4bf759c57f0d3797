using OrgBackupHealer.Core.Incidents;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Approvals;

/// <summary>What an approval or a rejection came to.</summary>
public enum ApprovalVerdict
{
    /// <summary>The proposal's plan was applied: the organization still was as observed.</summary>
    Applied,

    /// <summary>The organization changed since the proposal was planned (or it expired): nothing written, a fresh proposal recorded.</summary>
    Replanned,

    /// <summary>The proposal was rejected and closed.</summary>
    Rejected,

    /// <summary>Unknown, forged, or no longer open: nothing read from the organization, nothing written.</summary>
    Refused,

    /// <summary>The apply was attempted and failed (the entry's failure says why); the proposal stays open.</summary>
    Failed,
}

/// <param name="Proposal">The proposal named, as it is now; null when unknown.</param>
/// <param name="Replacement">The fresh proposal recorded instead of writing (<see cref="ApprovalVerdict.Replanned"/>).</param>
/// <param name="Reconcile">The reconcile the approval ran, when it ran one.</param>
public sealed record ApprovalResult(
    ApprovalVerdict Verdict,
    string Message,
    Proposal? Proposal,
    Proposal? Replacement,
    SetReconcileResult? Reconcile,
    IReadOnlyList<Incident> Incidents)
{
    public bool Wrote => Reconcile?.Healed == true;

    /// <summary>
    /// What people are told about this approval, by whichever host ran it: its own incidents, and what the reconcile it
    /// ran found besides the repair (the "proposal applied" incident already says that).
    /// </summary>
    public IEnumerable<Incident> ToPublish() => Reconcile is { } reconcile
        ? Incidents.Concat(IncidentFactory.FromReconcile(reconcile, false, null).Where(i => i.Kind != IncidentKind.PolicyRepaired))
        : Incidents;
}
