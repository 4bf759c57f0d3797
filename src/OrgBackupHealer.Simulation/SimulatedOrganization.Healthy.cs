using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Simulation;

/// <summary>A realistic, healthy organization for the CLI demo and tests.</summary>
public sealed partial class SimulatedOrganization
{
    /// <summary>The OUs of <see cref="CreateHealthy"/>: name and parent name (null = root).</summary>
    public static IReadOnlyList<(string Name, string? Parent)> SampleOrganizationalUnits { get; } =
        [("Security", null), ("Workloads", null), ("Sandbox", null), ("Production", "Workloads")];

    /// <summary>The accounts of <see cref="CreateHealthy"/>: name and parent OU name.</summary>
    public static IReadOnlyList<(string Name, string Parent)> SampleAccounts { get; } =
        [("log-archive", "Security"), ("audit", "Security"), ("prod-app", "Production"), ("dev-app", "Workloads"), ("sandbox-1", "Sandbox")];

    /// <summary>
    /// Root with SCPs (FullAWSAccess everywhere), the sample OUs and accounts, BACKUP_POLICY enabled and the managed
    /// policy <paramref name="policyName"/> with <paramref name="content"/>, tagged as the entry <paramref name="identity"/>
    /// (default: the single-policy deployment's) and attached to <paramref name="attachTo"/> ("root", OU or account
    /// names, or ids; default: the root).
    /// </summary>
    public static SimulatedOrganization CreateHealthy(
        string content,
        IEnumerable<string>? attachTo = null,
        SimulationOptions? options = null,
        string policyName = HealerDefaults.PolicyName,
        PolicyIdentity? identity = null)
    {
        var org = new SimulatedOrganization(options);
        foreach (var (name, parent) in SampleOrganizationalUnits)
        {
            org.CreateOrganizationalUnit(name, parent is null ? null : org.TargetIdOf(parent));
        }

        foreach (var (name, parent) in SampleAccounts)
        {
            org.CreateAccount(name, org.TargetIdOf(parent));
        }

        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        var policyId = org.CreatePolicy(PolicyTypes.BackupPolicy, policyName, content, HealerDefaults.PolicyDescription, (identity ?? PolicyIdentity.Default).Tags);
        foreach (var target in attachTo ?? ["root"])
        {
            org.AttachPolicy(policyId, org.TargetIdOf(target));
        }

        return org;
    }
}
