using Amazon;
using Amazon.Runtime;

namespace OrgBackupHealer.Cli.Organization;

/// <summary>
/// Region and endpoint of the commands' SDK clients (the state table, the snapshot bucket), read from the command's
/// environment as the Organizations client reads its own: AWS_REGION (us-east-1 when unset), then the service's
/// AWS_ENDPOINT_URL_* variable, then AWS_ENDPOINT_URL.
/// </summary>
internal static class SdkClientSettings
{
    private const string GlobalEndpointVariable = "AWS_ENDPOINT_URL";

    /// <returns>The endpoint as an error line names it: the URL, or the service and region.</returns>
    public static string Apply(CliHost host, ClientConfig config, string endpointVariable, string service)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(config);
        var region = RegionEndpoint.GetBySystemName(host.Environment("AWS_REGION") is { Length: > 0 } name ? name : "us-east-1");
        config.RegionEndpoint = region;
        if ((host.Environment(endpointVariable) ?? host.Environment(GlobalEndpointVariable)) is { Length: > 0 } endpoint)
        {
            config.ServiceURL = endpoint;
            config.AuthenticationRegion = region.SystemName;
        }

        return config.ServiceURL ?? $"{service} in {region.SystemName}";
    }
}
