using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Demo;

/// <summary>
/// Judges the simulated organization itself (its captured state), not what the healer says about it: the type is
/// enabled, each entry's one policy has the desired content and targets, and nothing else changed.
/// </summary>
internal static class HealthCheck
{
    public static IReadOnlyList<string> Problems(OrganizationPicture baseline, OrganizationPicture now, PolicySet set)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(set);
        var problems = new List<string>();
        if (!now.RootPolicyTypes.Contains($"{PolicyTypes.BackupPolicy}=ENABLED"))
        {
            problems.Add("BACKUP_POLICY is not enabled on the root");
        }

        foreach (var desired in set.Entries)
        {
            var managed = now.Policies.Where(p => IsManaged(p, desired.PolicyName)).ToList();
            if (managed.Count != 1)
            {
                problems.Add($"{managed.Count} backup policies are named '{desired.PolicyName}'");
                continue;
            }

            if (!desired.Document.SemanticallyEquals(managed[0].Content))
            {
                problems.Add($"the content of '{desired.PolicyName}' differs from the desired document");
            }

            var targets = desired.TargetIds.Select(t => t == DesiredState.RootTarget ? now.RootId : t);
            problems.AddRange(targets.Where(t => !managed[0].TargetIds.Contains(t)).Select(t => $"'{desired.PolicyName}' is not attached to {t}"));
        }

        if (Unmanaged(baseline, set) != Unmanaged(now, set))
        {
            problems.Add("something other than the managed backup policies changed");
        }

        return problems;
    }

    private static bool IsManaged(PolicyPicture policy, string policyName) =>
        policy.Type == PolicyTypes.BackupPolicy && policy.Name == policyName && !policy.AwsManaged;

    private static OrganizationPicture Unmanaged(OrganizationPicture picture, PolicySet set) =>
        picture.WithoutPolicies(p => set.Entries.Any(e => IsManaged(p, e.PolicyName))).WithoutRootPolicyType(PolicyTypes.BackupPolicy);
}
