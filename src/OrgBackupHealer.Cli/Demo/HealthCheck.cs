using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Demo;

/// <summary>
/// Judges the simulated organization itself (its captured state), not what the healer says about it: the type is
/// enabled, the one managed policy has the desired content and targets, and nothing else changed.
/// </summary>
internal static class HealthCheck
{
    public static IReadOnlyList<string> Problems(OrganizationPicture baseline, OrganizationPicture now, DesiredState desired)
    {
        var problems = new List<string>();
        if (!now.RootPolicyTypes.Contains($"{PolicyTypes.BackupPolicy}=ENABLED"))
        {
            problems.Add("BACKUP_POLICY is not enabled on the root");
        }

        var managed = now.Policies.Where(p => IsManaged(p, desired.PolicyName)).ToList();
        if (managed.Count != 1)
        {
            problems.Add($"{managed.Count} backup policies are named '{desired.PolicyName}'");
        }
        else
        {
            if (!desired.Document.SemanticallyEquals(managed[0].Content))
            {
                problems.Add("the policy content differs from the desired document");
            }

            var targets = desired.TargetIds.Select(t => t == DesiredState.RootTarget ? now.RootId : t);
            problems.AddRange(targets.Where(t => !managed[0].TargetIds.Contains(t)).Select(t => $"the policy is not attached to {t}"));
        }

        var untouched = Unmanaged(baseline, desired.PolicyName) == Unmanaged(now, desired.PolicyName);
        if (!untouched)
        {
            problems.Add("something other than the managed backup policy changed");
        }

        return problems;
    }

    private static bool IsManaged(PolicyPicture policy, string policyName) =>
        policy.Type == PolicyTypes.BackupPolicy && policy.Name == policyName && !policy.AwsManaged;

    private static OrganizationPicture Unmanaged(OrganizationPicture picture, string policyName) =>
        picture.WithoutPolicies(p => IsManaged(p, policyName)).WithoutRootPolicyType(PolicyTypes.BackupPolicy);
}
