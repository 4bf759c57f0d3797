using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>Pure: the writes, in the order of <see cref="ActionType"/>, that take the observed state to the desired one.</summary>
internal static class ReconcilePlanner
{
    /// <summary>Everything one entry needs, the set's EnablePolicyType included (a set of one, the CLI's single policy).</summary>
    public static IReadOnlyList<PlannedAction> Plan(DesiredState desired, ObservedState observed) =>
        [.. PlanTypeEnable(observed.Root), .. PlanEntry(desired, observed)];

    /// <summary>What the whole set needs first: BACKUP_POLICY enabled on the root.</summary>
    public static IReadOnlyList<PlannedAction> PlanTypeEnable(OrganizationRoot root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var status = root.BackupPolicyStatus;
        return status is PolicyTypeStatus.Enabled or PolicyTypeStatus.PendingEnable
            ? []
            : [new(ActionType.EnablePolicyType, root.Id, status is null
                ? "BACKUP_POLICY is not enabled on the root"
                : $"BACKUP_POLICY is {PolicyTypeStatusNames.ToWire(status.Value)} on the root")];
    }

    /// <summary>What one entry needs; nothing when its identity forbids writing (the problem is reported instead).</summary>
    public static IReadOnlyList<PlannedAction> PlanEntry(DesiredState desired, ObservedState observed)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(observed);
        if (observed.IdentityProblem is not null)
        {
            return [];
        }

        var actions = new List<PlannedAction>();
        if (observed.ManagedPolicy is { } managed)
        {
            actions.AddRange(PolicyActions(desired, managed, observed.NameTakenBy));
        }
        else
        {
            actions.Add(For(desired, new(ActionType.CreatePolicy, desired.PolicyName, $"no BACKUP_POLICY carries the tags of entry '{desired.Key}'")));
        }

        var status = observed.BackupPolicyStatus;
        var attached = observed.Attachments.Select(a => a.TargetId).ToHashSet(StringComparer.Ordinal);
        var unreachable = observed.UnreachableTargets.Select(u => u.TargetId).ToHashSet(StringComparer.Ordinal);
        foreach (var target in observed.DesiredTargetIds.Where(t => !attached.Contains(t) && !unreachable.Contains(t)))
        {
            actions.Add(For(desired, new(ActionType.AttachPolicy, target, observed.ManagedPolicy is null || status == PolicyTypeStatus.Enabled
                ? $"policy is not attached to {target}"
                : $"BACKUP_POLICY is not ENABLED, so the policy is not in effect on {target}")));
        }

        return actions;
    }

    /// <summary>
    /// What the entry's policy itself needs: its tags when it is being adopted, its name and description back (unless
    /// another policy holds the name), its content back. Also used when a create lost a race and the winner's policy
    /// has to be checked.
    /// </summary>
    public static IEnumerable<PlannedAction> PolicyActions(DesiredState desired, ManagedPolicy managed, PolicySummary? nameTakenBy = null)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(managed);
        if (!managed.CarriesEntryTags)
        {
            yield return For(desired, new(ActionType.TagPolicy, managed.Summary.Name,
                $"{managed.Summary.Id} becomes entry '{desired.Key}' ({managed.IdentifiedBy}): it gets the owner and key tags"));
        }

        var renamed = !string.Equals(managed.Summary.Name, desired.PolicyName, StringComparison.Ordinal);
        if ((renamed && nameTakenBy is null) || (!renamed && !string.Equals(managed.Summary.Description, desired.Description, StringComparison.Ordinal)))
        {
            yield return For(desired, new(ActionType.RenamePolicy, desired.PolicyName, renamed
                ? $"the managed policy {managed.Summary.Id} is named '{managed.Summary.Name}'"
                : "the policy description was changed"));
        }

        var changes = desired.Document.ChangesFrom(managed.Content);
        if (changes.Count > 0)
        {
            yield return For(desired, new(ActionType.UpdatePolicy, desired.PolicyName, $"policy content differs from the desired document at {changes.Count} path(s)")
            {
                ContentChanges = changes,
            });
        }
    }

    private static PlannedAction For(DesiredState desired, PlannedAction action) => action with { Policy = desired.Key };
}
