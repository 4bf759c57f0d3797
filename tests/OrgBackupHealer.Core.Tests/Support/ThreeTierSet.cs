using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Support;

/// <summary>
/// A three-entry policy set over the sample organization: the shipped baseline on the root, the production tier on
/// the Production OU, a regulated tier on the prod-app account; owner "platform".
/// </summary>
public static class ThreeTierSet
{
    public const string Owner = "platform";

    public static string Production { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "policies", "prod.json"));

    public static string Regulated { get; } = Production.Replace("org-backup-prod", "org-backup-regulated", StringComparison.Ordinal);

    public static PolicySet For(SimulatedOrganization org, HealerMode mode = HealerMode.Enforce)
    {
        ArgumentNullException.ThrowIfNull(org);
        return new PolicySet(Owner,
        [
            Entry("baseline", HealerDefaults.PolicyName, SamplePolicies.Shipped, DesiredState.RootTarget, mode),
            Entry("prod", "org-backup-prod", Production, org.TargetIdOf("Production"), mode),
            Entry("regulated", "org-backup-regulated", Regulated, org.TargetIdOf("prod-app"), mode),
        ]);
    }

    /// <summary>The sample organization with BACKUP_POLICY enabled and no backup policy at all.</summary>
    public static SimulatedOrganization EmptyOrganization()
    {
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        org.DeletePolicy(org.FindPolicyId(HealerDefaults.PolicyName)!);
        org.ResetCounters();
        return org;
    }

    private static DesiredState Entry(string key, string name, string content, string target, HealerMode mode) =>
        new(name, HealerDefaults.PolicyDescription, PolicyDocument.Parse(content, PolicyScope.Partial), [target], mode, new PolicyIdentity(Owner, key));
}
