using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>Pure: the writes, in the order of <see cref="ActionType"/>, that take the observed state to the desired one.</summary>
internal static class ReconcilePlanner
{
    public static IReadOnlyList<PlannedAction> Plan(DesiredState desired, ObservedState observed)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(observed);
        var actions = new List<PlannedAction>();
        var status = observed.BackupPolicyStatus;
        if (status is not (PolicyTypeStatus.Enabled or PolicyTypeStatus.PendingEnable))
        {
            actions.Add(new(ActionType.EnablePolicyType, observed.Root.Id,
                status is null ? "BACKUP_POLICY is not enabled on the root" : $"BACKUP_POLICY is {PolicyTypeStatusNames.ToWire(status.Value)} on the root"));
        }

        if (observed.ManagedPolicy is { } managed)
        {
            actions.AddRange(PolicyActions(desired, managed));
        }
        else if (observed.OwnershipConflict is null)
        {
            actions.Add(new(ActionType.CreatePolicy, desired.PolicyName, $"no BACKUP_POLICY carries the managed tag or is named '{desired.PolicyName}'"));
        }

        var attached = observed.Attachments.Select(a => a.TargetId).ToHashSet(StringComparer.Ordinal);
        var unreachable = observed.UnreachableTargets.Select(u => u.TargetId).ToHashSet(StringComparer.Ordinal);
        foreach (var target in observed.DesiredTargetIds.Where(t => !attached.Contains(t) && !unreachable.Contains(t)))
        {
            actions.Add(new(ActionType.AttachPolicy, target, observed.ManagedPolicy is null || status == PolicyTypeStatus.Enabled
                ? $"policy is not attached to {target}"
                : $"BACKUP_POLICY is not ENABLED, so the policy is not in effect on {target}"));
        }

        return actions;
    }

    /// <summary>
    /// What the managed policy itself needs: its name and description back, its content back. Also used when a
    /// create lost a race and the winner's policy has to be checked.
    /// </summary>
    public static IEnumerable<PlannedAction> PolicyActions(DesiredState desired, ManagedPolicy managed)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(managed);
        if (!string.Equals(managed.Summary.Name, desired.PolicyName, StringComparison.Ordinal)
            || !string.Equals(managed.Summary.Description, desired.Description, StringComparison.Ordinal))
        {
            yield return new(ActionType.RenamePolicy, desired.PolicyName, managed.Summary.Name == desired.PolicyName
                ? "the policy description was changed"
                : $"the managed policy {managed.Summary.Id} is named '{managed.Summary.Name}'");
        }

        var changes = desired.Document.ChangesFrom(managed.Content);
        if (changes.Count > 0)
        {
            yield return new(ActionType.UpdatePolicy, desired.PolicyName, $"policy content differs from the desired document at {changes.Count} path(s)")
            {
                ContentChanges = changes,
            };
        }
    }
}
