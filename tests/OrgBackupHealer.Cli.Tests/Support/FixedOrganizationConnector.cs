using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Tests.Support;

/// <summary>
/// Every run without --simulate reaches the same simulated organization, so state carries across runs. It stands in
/// for AWS: its session has an endpoint URL and is not marked simulated.
/// </summary>
internal sealed class FixedOrganizationConnector(SimulatedOrganization organization, IOrganizationConnector simulated) : IOrganizationConnector
{
    public OrganizationSession Connect(ConnectionRequest request) =>
        request.Simulate
            ? simulated.Connect(request)
            : SimulatedOrganizations.Open(organization, TimeProvider.System, request.Retry, RetryProgress.WritingTo(request.Progress), Endpoint);

    public const string Endpoint = "https://organizations.stand-in.test/";
}
