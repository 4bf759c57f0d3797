using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Tests.Support;

/// <summary>Every run without --simulate reaches the same simulated organization, so state carries across runs.</summary>
internal sealed class FixedOrganizationConnector(SimulatedOrganization organization, IOrganizationConnector simulated) : IOrganizationConnector
{
    public OrganizationSession Connect(ConnectionRequest request) =>
        request.Simulate ? simulated.Connect(request) : SimulatedOrganizations.Open(organization, TimeProvider.System);
}
