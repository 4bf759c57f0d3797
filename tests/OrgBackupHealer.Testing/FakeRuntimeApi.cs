using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace OrgBackupHealer.Testing;

/// <summary>
/// The Lambda Runtime API over real HTTP on a free loopback port: hands out queued invocations on
/// GET /2018-06-01/runtime/invocation/next (long poll) and records every POST.
/// </summary>
public sealed class FakeRuntimeApi : IDisposable
{
    private const string Prefix = "/2018-06-01/runtime/";
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(string RequestId, byte[] Body, long? DeadlineMs, string? TraceId)> _pending = Channel.CreateUnbounded<(string, byte[], long?, string?)>();
    private readonly Channel<RuntimeCall> _calls = Channel.CreateUnbounded<RuntimeCall>();

    public FakeRuntimeApi()
    {
        var port = FreePort();
        Address = $"127.0.0.1:{port}";
        _listener.Prefixes.Add($"http://{Address}/");
        _listener.Start();
        _ = Task.Run(AcceptLoopAsync);
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
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
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

            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        try
        {
            var path = request.Url!.AbsolutePath;
            if (request.HttpMethod == "GET" && path == Prefix + "invocation/next")
            {
                var (id, body, deadline, trace) = await _pending.Reader.ReadAsync(_stop.Token);
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
                await response.OutputStream.WriteAsync(body, _stop.Token);
                response.Close();
                return;
            }

            using var buffer = new MemoryStream();
            await request.InputStream.CopyToAsync(buffer);
            var call = Classify(path, request, buffer.ToArray());
            response.StatusCode = call is null ? 404 : 202;
            response.Close();
            if (call is not null)
            {
                await _calls.Writer.WriteAsync(call);
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
