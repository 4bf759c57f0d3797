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
    /// policy <paramref name="policyName"/> with <paramref name="content"/>, tagged with the managed tag and
    /// attached to <paramref name="attachTo"/> ("root", OU or account names, or ids; default: the root).
    /// </summary>
    public static SimulatedOrganization CreateHealthy(
        string content,
        IEnumerable<string>? attachTo = null,
        SimulationOptions? options = null,
        string policyName = HealerDefaults.PolicyName)
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
        var tags = new Dictionary<string, string>(StringComparer.Ordinal) { [ManagedTag.Default.Key] = ManagedTag.Default.Value };
        var policyId = org.CreatePolicy(PolicyTypes.BackupPolicy, policyName, content, HealerDefaults.PolicyDescription, tags);
        foreach (var target in attachTo ?? ["root"])
        {
            org.AttachPolicy(policyId, org.TargetIdOf(target));
        }

        return org;
    }
}
