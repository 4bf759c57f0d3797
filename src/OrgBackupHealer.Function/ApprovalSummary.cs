using OrgBackupHealer.Core.Approvals;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Function;

/// <summary>The response to the runbook's payload when the proposal was applied.</summary>
/// <param name="Outcome">"applied".</param>
/// <param name="Actions">The writes made.</param>
internal sealed record ApprovalSummary(string Outcome, string Proposal, string Policy, string Message, IReadOnlyList<string> Actions, string? Snapshot)
{
    public static ApprovalSummary Of(ApprovalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reconcile = result.Reconcile!;
        var actions = reconcile.SharedApplied.Concat(reconcile.Completed.SelectMany(r => r.Applied)).Select(ActionText.Describe).ToList();
        return new("applied", result.Proposal!.Id, result.Proposal.Policy, result.Message, actions, reconcile.Snapshot?.Location);
    }
}
