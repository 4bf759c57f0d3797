using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Tests.Support;

/// <summary>The policy shipped beside the CLI binary, and a healthy organization built from it.</summary>
public static class ShippedPolicy
{
    public static string Content { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "policies", "backup-policy.json"));

    public static SimulatedOrganization HealthyOrganization() => SimulatedOrganization.CreateHealthy(Content);

    public static string PolicyId(SimulatedOrganization organization) =>
        organization.FindPolicyId(HealerDefaults.PolicyName) ?? throw new InvalidOperationException("policy missing");

    public static string ContentOf(SimulatedOrganization organization) =>
        organization.Capture().Policies.Single(p => p.Id == PolicyId(organization)).Content;
}
