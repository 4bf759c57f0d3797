using OrgBackupHealer.Aws;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Function.Configuration;

namespace OrgBackupHealer.Function;

/// <summary>
/// The real Organizations client: endpoint (AWS_ENDPOINT_URL_ORGANIZATIONS) and credentials from the process
/// environment. No RetryingOrganizationsPort around it: the client retries by itself, and stacking both would
/// multiply the attempts against an API that is already throttling.
/// </summary>
internal static class OrganizationsPortComposition
{
    public static IOrganizationsPortFactory Create() => new ClientFactory();

    private sealed class ClientFactory : IOrganizationsPortFactory
    {
        public IOrganizationsPort Create(HealerConfiguration configuration) => OrganizationsClientFactory.Create();
    }
}
