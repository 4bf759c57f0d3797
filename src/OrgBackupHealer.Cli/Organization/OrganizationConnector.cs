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
    /// <summary>Connecting is quicker than answering: an address nobody listens on is told at once.</summary>
    private static readonly TimeSpan s_maxConnectTimeout = TimeSpan.FromSeconds(5);

    public OrganizationSession Connect(ConnectionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Simulate ? Simulate(request) : ConnectToAws(request);
    }

    private OrganizationSession Simulate(ConnectionRequest request)
    {
        var organization = SimulatedOrganizations.CreateHealthy(request.Set);
        if (request.Break is { } kind)
        {
            var first = request.Set.Entries[0];
            new OrganizationBreaker(organization, first.PolicyName).Apply(kind, SimulatedOrganizations.DetachTarget(organization, first.TargetIds));
        }

        return SimulatedOrganizations.Open(organization, time, request.Retry, RetryProgress.WritingTo(request.Progress));
    }

    /// <summary>
    /// The client makes one attempt per call, bounded by the request timeout; the slow-call reporter watches each
    /// attempt and the one retry policy goes around both, announcing every retry.
    /// </summary>
    private OrganizationSession ConnectToAws(ConnectionRequest request)
    {
        OrganizationsClient client;
        try
        {
            client = OrganizationsClientFactory.Create(new OrganizationsClientOptions
            {
                Profile = AwsProfileSelection.Choose(request.Profile, environment),
                EnvironmentVariables = environment,
                TimeProvider = time,
                RequestTimeout = request.RequestTimeout,
                ConnectTimeout = request.RequestTimeout < s_maxConnectTimeout ? request.RequestTimeout : s_maxConnectTimeout,
            });
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message, e);
        }

        var endpoint = client.Endpoint.ToString();
        var watched = new SlowCallReporter(client, time, request.Progress, client.Endpoint.Host);
        var retrying = new RetryingOrganizationsPort(watched, time, request.Retry, Random.Shared, RetryProgress.WritingTo(request.Progress));
        return new OrganizationSession(retrying, endpoint, new ReconcilerOptions(), simulated: false, client);
    }
}
