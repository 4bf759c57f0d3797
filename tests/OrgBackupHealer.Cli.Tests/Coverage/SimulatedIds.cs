using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Tests.Coverage;

/// <summary>
/// The ids --simulate gives its organization (they come from a fixed seed, so every run has the same): a copy built the
/// same way, broken the same way, tells a test which policy and OU the report must name.
/// </summary>
internal static class SimulatedIds
{
    public static SimulatedOrganization After(PolicyBreak kind, string content = "")
    {
        var organization = SimulatedOrganizations.CreateHealthy(content.Length == 0 ? ShippedPolicy.Content : content, [DesiredState.RootTarget], HealerDefaults.PolicyName);
        new OrganizationBreaker(organization, HealerDefaults.PolicyName).Apply(kind, organization.RootId);
        return organization;
    }
}
