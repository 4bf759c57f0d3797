using System.Net;
using System.Net.Sockets;

namespace OrgBackupHealer.Testing;

/// <summary>
/// An HTTP server on a free loopback port that hands each request to <c>serve</c>, one task per request, until
/// disposed: the stand-ins the tests and the storm harness put where an AWS endpoint would be.
/// </summary>
public sealed class LoopbackHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<HttpListenerContext, CancellationToken, Task> _serve;

    /// <param name="serve">Answers one request and closes its response; the token ends with the server.</param>
    public LoopbackHttpServer(Func<HttpListenerContext, CancellationToken, Task> serve)
    {
        _serve = serve;
        Url = new Uri($"http://127.0.0.1:{FreePort()}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _ = Task.Run(AcceptLoopAsync);
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri Url { get; }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
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

            _ = Task.Run(() => _serve(context, _stop.Token));
        }
    }
}
