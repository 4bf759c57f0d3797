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
        var document = Core.Policies.PolicyDocument.Parse(content.Length == 0 ? ShippedPolicy.Content : content, Core.Policies.PolicyScope.Partial);
        var organization = SimulatedOrganizations.CreateHealthy(
            PolicySet.SinglePolicy(DesiredState.For(HealerDefaults.PolicyName, document, [DesiredState.RootTarget], HealerMode.Enforce)));
        new OrganizationBreaker(organization, HealerDefaults.PolicyName).Apply(kind, organization.RootId);
        return organization;
    }
}
