using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace OrgBackupHealer.Testing;

/// <summary>
/// EventBridge's PutEvents over real HTTP on a free loopback port, for a host test that runs the function's own
/// composition (AWS_ENDPOINT_URL_EVENTBRIDGE): accepts every entry and records each request's entries.
/// </summary>
public sealed class FakeEventBridge : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<JsonArray> _calls = new();

    public FakeEventBridge()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The value for AWS_ENDPOINT_URL_EVENTBRIDGE.</summary>
    public string Url { get; }

    /// <summary>The Entries of each PutEvents call, in order.</summary>
    public IReadOnlyList<JsonArray> Calls => [.. _calls];

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = JsonNode.Parse(await reader.ReadToEndAsync());
            _calls.Enqueue(body?["Entries"]?.AsArray().DeepClone().AsArray() ?? []);
            var answer = Encoding.UTF8.GetBytes("""{"FailedEntryCount":0,"Entries":[]}""");
            context.Response.ContentType = "application/x-amz-json-1.1";
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }
}
