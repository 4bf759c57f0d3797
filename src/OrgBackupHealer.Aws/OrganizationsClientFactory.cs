using Amazon;
using Amazon.Runtime.Signing;
using OrgBackupHealer.Aws.Internal;

namespace OrgBackupHealer.Aws;

/// <summary>Builds an <see cref="OrganizationsClient"/>: endpoint and credentials resolved, SigV4 signing, per-attempt timeouts.</summary>
public static class OrganizationsClientFactory
{
    public const string SigningService = "organizations";

    public static OrganizationsClient Create(OrganizationsClientOptions? options = null)
    {
        var resolved = options ?? new OrganizationsClientOptions();
        return Create(resolved, new SocketsHttpHandler
        {
            // A redirect followed below the signer would go out with a stale signature (see SigV4SigningHandler).
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = resolved.ConnectTimeout,
        });
    }

    /// <summary>Tests pass the transport that answers in place of the network.</summary>
    internal static OrganizationsClient Create(OrganizationsClientOptions options, HttpMessageHandler transport)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.RequestTimeout, TimeSpan.Zero);
        if (options.PageSize is { } pageSize)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 20);
        }

        var endpoint = EndpointResolver.Resolve(options.EnvironmentVariables);
        var credentials = options.Credentials
            ?? new DeferredCredentials(() => CredentialsResolver.Resolve(options.Profile, options.EnvironmentVariables));
        var signer = new SigV4SigningHandler(credentials, RegionEndpoint.USEast1, SigningService, transport);
        var http = new HttpClient(signer) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.Add(UserAgent.Header);
        var transportPipeline = new AwsJsonTransport(http, endpoint, options.RequestTimeout, options.TimeProvider);
        return new OrganizationsClient(http, transportPipeline, options.PageSize);
    }
}
