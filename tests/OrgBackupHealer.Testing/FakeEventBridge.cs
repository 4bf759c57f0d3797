using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace OrgBackupHealer.Testing;

/// <summary>
/// EventBridge's PutEvents over real HTTP on a free loopback port, for a host test that runs the function's own
/// composition (AWS_ENDPOINT_URL_EVENTBRIDGE): accepts every entry and records each request's entries.
/// </summary>
public sealed class FakeEventBridge : IDisposable
{
    private readonly LoopbackHttpServer _server;
    private readonly ConcurrentQueue<JsonArray> _calls = new();

    public FakeEventBridge()
    {
        _server = new LoopbackHttpServer(RecordAsync);
        Url = _server.Url.ToString();
    }

    /// <summary>The value for AWS_ENDPOINT_URL_EVENTBRIDGE.</summary>
    public string Url { get; }

    /// <summary>The Entries of each PutEvents call, in order.</summary>
    public IReadOnlyList<JsonArray> Calls => [.. _calls];

    public void Dispose()
    {
        _server.Dispose();
    }

    private async Task RecordAsync(HttpListenerContext context, CancellationToken stop)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = JsonNode.Parse(await reader.ReadToEndAsync(stop));
        _calls.Enqueue(body?["Entries"]?.AsArray().DeepClone().AsArray() ?? []);
        var answer = Encoding.UTF8.GetBytes("""{"FailedEntryCount":0,"Entries":[]}""");
        context.Response.ContentType = "application/x-amz-json-1.1";
        await context.Response.OutputStream.WriteAsync(answer, stop);
        context.Response.Close();
    }
}
