using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using OrgBackupHealer.Aws.Internal;

namespace OrgBackupHealer.Aws;

/// <summary>Builds an <see cref="EventBridgeIncidentSink"/>: the region's endpoint (or AWS_ENDPOINT_URL_EVENTBRIDGE / AWS_ENDPOINT_URL), credentials, SigV4 for "events".</summary>
public static class EventBridgeIncidentSinkFactory
{
    public const string SigningService = "events";
    public const string ServiceEndpointVariable = "AWS_ENDPOINT_URL_EVENTBRIDGE";
    public const string DefaultBus = "default";

    /// <param name="bus">The bus name; null or empty: the account's default bus.</param>
    /// <param name="environment">Where region, endpoint, credentials and the Lambda log names are read; the process environment by default.</param>
    public static EventBridgeIncidentSink Create(string? bus, Func<string, string?>? environment = null, AWSCredentials? credentials = null, TimeProvider? time = null) =>
        Create(bus, environment ?? Environment.GetEnvironmentVariable, credentials, time ?? TimeProvider.System, new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        });

    internal static EventBridgeIncidentSink Create(string? bus, Func<string, string?> environment, AWSCredentials? credentials, TimeProvider time, HttpMessageHandler transport)
    {
        var region = environment("AWS_REGION") is { Length: > 0 } r ? r : environment("AWS_DEFAULT_REGION") is { Length: > 0 } d ? d : "us-east-1";
        var endpoint = EndpointResolver.Resolve(environment, ServiceEndpointVariable, new Uri($"https://events.{region}.amazonaws.com/"));
        var signer = new SigV4SigningHandler(
            credentials ?? new DeferredCredentials(() => CredentialsResolver.Resolve(null, environment)), RegionEndpoint.GetBySystemName(region), SigningService, transport);
        var http = new HttpClient(signer) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.Add(UserAgent.Header);
        var json = new AwsJsonTransport(http, endpoint, TimeSpan.FromSeconds(10), time, AwsJsonTransport.EventBridgeTargetPrefix);
        return new EventBridgeIncidentSink(http, json, bus is { Length: > 0 } name ? name : DefaultBus, IncidentLogs.FromEnvironment(environment), time);
    }
}
