using System.Globalization;
using System.Net;
using System.Threading.Channels;

namespace OrgBackupHealer.Testing;

/// <summary>
/// The Lambda Runtime API over real HTTP on a free loopback port: hands out queued invocations on
/// GET /2018-06-01/runtime/invocation/next (long poll) and records every POST.
/// </summary>
public sealed class FakeRuntimeApi : IDisposable
{
    private const string Prefix = "/2018-06-01/runtime/";
    private readonly LoopbackHttpServer _server;
    private readonly Channel<(string RequestId, byte[] Body, long? DeadlineMs, string? TraceId)> _pending = Channel.CreateUnbounded<(string, byte[], long?, string?)>();
    private readonly Channel<RuntimeCall> _calls = Channel.CreateUnbounded<RuntimeCall>();

    public FakeRuntimeApi()
    {
        _server = new LoopbackHttpServer(ServeAsync);
        Address = _server.Url.Authority;
    }

    /// <summary>The value for AWS_LAMBDA_RUNTIME_API.</summary>
    public string Address { get; }

    public void Enqueue(string requestId, byte[] body, long? deadlineMs = null, string? traceId = null) =>
        _pending.Writer.TryWrite((requestId, body, deadlineMs, traceId));

    /// <summary>The next POST the function makes; fails the test instead of hanging if none comes.</summary>
    public async Task<RuntimeCall> NextCallAsync()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await _calls.Reader.ReadAsync(guard.Token);
    }

    public void Dispose()
    {
        _server.Dispose();
    }

    private async Task ServeAsync(HttpListenerContext context, CancellationToken stop)
    {
        var request = context.Request;
        var response = context.Response;
        try
        {
            var path = request.Url!.AbsolutePath;
            if (request.HttpMethod == "GET" && path == Prefix + "invocation/next")
            {
                var (id, body, deadline, trace) = await _pending.Reader.ReadAsync(stop);
                response.Headers["Lambda-Runtime-Aws-Request-Id"] = id;
                response.Headers["Lambda-Runtime-Deadline-Ms"] =
                    (deadline ?? DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeMilliseconds()).ToString(CultureInfo.InvariantCulture);
                response.Headers["Lambda-Runtime-Invoked-Function-Arn"] = "arn:aws:lambda:us-east-1:111111111111:function:OrgBackupHealer";
                if (trace is not null)
                {
                    response.Headers["Lambda-Runtime-Trace-Id"] = trace;
                }

                // A length, not chunked encoding (as the real Runtime API answers): chunked sends the closing chunk as a
                // separate small segment, which Nagle holds until the client's delayed ACK, 40 ms later on loopback.
                response.ContentLength64 = body.Length;
                await response.OutputStream.WriteAsync(body, stop);
                response.Close();
                return;
            }

            using var buffer = new MemoryStream();
            await request.InputStream.CopyToAsync(buffer, stop);
            var call = Classify(path, request, buffer.ToArray());
            response.StatusCode = call is null ? 404 : 202;
            response.Close();
            if (call is not null)
            {
                await _calls.Writer.WriteAsync(call, stop);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException)
        {
            // The test is over; the listener is closing.
        }
    }

    private static RuntimeCall? Classify(string path, HttpListenerRequest request, byte[] body)
    {
        var errorType = request.Headers["Lambda-Runtime-Function-Error-Type"];
        if (request.HttpMethod != "POST" || !path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = path[Prefix.Length..];
        if (rest == "init/error")
        {
            return new RuntimeCall("init-error", null, errorType, request.ContentType, body);
        }

        var parts = rest.Split('/');
        return parts is ["invocation", var id, "response" or "error"]
            ? new RuntimeCall(parts[2], Uri.UnescapeDataString(id), errorType, request.ContentType, body)
            : null;
    }
}
