using System.Net;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Storm;

/// <summary>
/// A reverse proxy on loopback in front of moto that records every request the function sends it: AWS JSON services
/// name the operation in X-Amz-Target (DynamoDB_20120810.GetItem, AWSOrganizationsV20161128.ListRoots). The function
/// is pointed at it with AWS_ENDPOINT_URL_ORGANIZATIONS and AWS_ENDPOINT_URL_DYNAMODB; the harness's own set-up
/// calls go to moto directly and are not counted.
/// </summary>
internal sealed class CountingProxy : IDisposable
{
    private static readonly HashSet<string> s_notForwarded = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Expect", "Date", "Server",
    };

    private readonly LoopbackHttpServer _server;
    private readonly HttpClient _moto;
    private readonly HarnessClock _clock;
    private readonly Lock _lock = new();
    private readonly List<ProxiedRequest> _requests = [];

    public CountingProxy(Uri motoEndpoint, HarnessClock clock)
    {
        _clock = clock;
        _moto = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, MaxConnectionsPerServer = 16 })
        {
            BaseAddress = motoEndpoint,
            Timeout = TimeSpan.FromSeconds(60),
        };
        _server = new LoopbackHttpServer(ForwardAsync);
        Endpoint = _server.Url;
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<ProxiedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    public int CountOf(string service)
    {
        lock (_lock)
        {
            return _requests.Count(r => r.Service == service);
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _requests.Clear();
        }
    }

    public void Dispose()
    {
        _server.Dispose();
        _moto.Dispose();
    }

    private async Task ForwardAsync(HttpListenerContext context, CancellationToken stop)
    {
        var incoming = context.Request;
        var outgoing = context.Response;
        try
        {
            using var body = new MemoryStream();
            await incoming.InputStream.CopyToAsync(body, stop);
            using var request = new HttpRequestMessage(new HttpMethod(incoming.HttpMethod), new Uri(incoming.Url!.PathAndQuery, UriKind.Relative))
            {
                Content = new ByteArrayContent(body.ToArray()),
            };
            foreach (var name in incoming.Headers.AllKeys.OfType<string>().Where(n => !s_notForwarded.Contains(n)))
            {
                var value = incoming.Headers[name];
                if (!request.Headers.TryAddWithoutValidation(name, value))
                {
                    request.Content.Headers.TryAddWithoutValidation(name, value);
                }
            }

            using var answer = await _moto.SendAsync(request, stop);
            var payload = await answer.Content.ReadAsByteArrayAsync(stop);
            Record(incoming.Headers["X-Amz-Target"], (int)answer.StatusCode);
            outgoing.StatusCode = (int)answer.StatusCode;
            foreach (var header in answer.Headers.Concat(answer.Content.Headers).Where(h => !s_notForwarded.Contains(h.Key)))
            {
                outgoing.Headers[header.Key] = string.Join(",", header.Value);
            }

            outgoing.ContentLength64 = payload.Length;
            await outgoing.OutputStream.WriteAsync(payload, stop);
            outgoing.Close();
        }
        catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException or HttpRequestException or IOException)
        {
            // The run is over, or moto went away: the function sees the failure as it would see AWS's.
            outgoing.Abort();
        }
    }

    private void Record(string? target, int status)
    {
        var (service, operation) = target?.Split('.', 2) switch
        {
            [var prefix, var op] when prefix.StartsWith("DynamoDB", StringComparison.Ordinal) => ("dynamodb", op),
            [var prefix, var op] when prefix.StartsWith("AWSOrganizations", StringComparison.Ordinal) => ("organizations", op),
            [var prefix, var op] => (prefix, op),
            _ => ("other", target ?? "(no X-Amz-Target)"),
        };
        lock (_lock)
        {
            _requests.Add(new ProxiedRequest(_clock.RealElapsed, service, operation, status));
        }
    }
}
