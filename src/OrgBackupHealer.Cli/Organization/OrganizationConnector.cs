using OrgBackupHealer.Aws;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Resilience;

namespace OrgBackupHealer.Cli.Organization;

/// <summary>
/// --simulate opens a fresh simulated organization (healthy for the desired state, then broken as --break says);
/// otherwise the real AWS Organizations API, with the endpoint and credentials the environment and --profile give.
/// </summary>
internal sealed class OrganizationConnector(Func<string, string?> environment, TimeProvider time) : IOrganizationConnector
{
    public OrganizationSession Connect(ConnectionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Simulate ? Simulate(request) : ConnectToAws(request);
    }

    private OrganizationSession Simulate(ConnectionRequest request)
    {
        var organization = SimulatedOrganizations.CreateHealthy(request.DesiredContent, request.Targets, request.PolicyName);
        if (request.Break is { } kind)
        {
            var detachFrom = organization.TargetIdOf(request.Targets.FirstOrDefault(t => t != "root") ?? "root");
            new OrganizationBreaker(organization, request.PolicyName).Apply(kind, detachFrom);
        }

        return SimulatedOrganizations.Open(organization, time);
    }

    /// <summary>The client makes one attempt per call; the one retry policy goes around it, as in the Lambda.</summary>
    private OrganizationSession ConnectToAws(ConnectionRequest request)
    {
        OrganizationsClient client;
        try
        {
            client = OrganizationsClientFactory.Create(new OrganizationsClientOptions
            {
                Profile = request.Profile,
                EnvironmentVariables = environment,
                TimeProvider = time,
            });
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message, e);
        }

        var retrying = new RetryingOrganizationsPort(client, time, new RetryOptions(), Random.Shared);
        return new OrganizationSession(retrying, $"AWS Organizations at {client.Endpoint}", new ReconcilerOptions(), simulated: false, client);
    }
}
