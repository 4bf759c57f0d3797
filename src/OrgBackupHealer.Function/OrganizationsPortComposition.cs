using OrgBackupHealer.Aws;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Function;

/// <summary>
/// The real Organizations client: endpoint (AWS_ENDPOINT_URL_ORGANIZATIONS) and credentials from the process
/// environment. The retry policy goes around it in <see cref="FunctionHost.ComposeHandler"/>, as around any port.
/// </summary>
internal static class OrganizationsPortComposition
{
    public static IOrganizationsPortFactory Create() => new ClientFactory();

    private sealed class ClientFactory : IOrganizationsPortFactory
    {
        public IOrganizationsPort Create() => OrganizationsClientFactory.Create();
    }
}
