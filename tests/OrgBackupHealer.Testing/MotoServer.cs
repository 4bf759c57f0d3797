using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OrgBackupHealer.Testing;

/// <summary>
/// A moto_server process (through tests/tools/moto_server.py, which patches moto's BACKUP_POLICY gap) on a free
/// loopback port. <see cref="StartAsync"/> returns once it answers HTTP; disposing kills it. The launcher also exits
/// by itself when this process dies, so a crashed test host leaves no server behind.
/// </summary>
public sealed class MotoServer : IAsyncDisposable, IDisposable
{
    /// <summary>The interpreter; MOTO_PYTHON overrides it (e.g. a virtualenv's python).</summary>
    public static string Python => Environment.GetEnvironmentVariable("MOTO_PYTHON") is { Length: > 0 } python ? python : "python3";

    private readonly Process _process;
    private readonly ProcessOutputTail _output;
    private readonly HttpClient _http;

    private MotoServer(Process process, ProcessOutputTail output, Uri endpoint)
    {
        _process = process;
        _output = output;
        Endpoint = endpoint;
        _http = new HttpClient { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(10) };
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;
    }

    /// <summary>e.g. http://127.0.0.1:41234/ — for AWS_ENDPOINT_URL_ORGANIZATIONS.</summary>
    public Uri Endpoint { get; }

    /// <summary>The environment a client needs to talk to this server with moto's fake credentials, not ~/.aws.</summary>
    public IReadOnlyDictionary<string, string> ClientEnvironment => new Dictionary<string, string>
    {
        ["AWS_ENDPOINT_URL_ORGANIZATIONS"] = Endpoint.ToString(),
        ["AWS_ACCESS_KEY_ID"] = "testing",
        ["AWS_SECRET_ACCESS_KEY"] = "testing",
        ["AWS_SESSION_TOKEN"] = "testing",
        ["AWS_REGION"] = "us-east-1",
    };

    public static async Task<MotoServer> StartAsync(TimeSpan? startupTimeout = null, CancellationToken cancellationToken = default)
    {
        var launcher = RepositoryPaths.MotoLauncher;
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            var output = new ProcessOutputTail();
            var server = new MotoServer(Launch(launcher, port, output), output, new Uri($"http://127.0.0.1:{port}/"));
            try
            {
                await server.WaitUntilAnsweringAsync(startupTimeout ?? TimeSpan.FromSeconds(60), cancellationToken);
                return server;
            }
            catch (MotoUnavailableException) when (attempt < 3 && output.Contains("Address already in use"))
            {
                // Another process took the port between our probe and moto's bind: try another one.
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Forgets every resource (moto's /moto-api/reset), so each test starts from an empty account.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.PostAsync(new Uri("moto-api/reset", UriKind.Relative), null, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        Kill();
        _http.Dispose();
        _process.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static Process Launch(string launcher, int port, ProcessOutputTail output)
    {
        var start = new ProcessStartInfo(Python)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in new[] { launcher, "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--parent-pid", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        // moto logs every request: the pipes must be drained or the server blocks once they fill.
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new MotoUnavailableException(
                $"Cannot start '{Python}' to run moto_server ({e.Message}). Install python3 and moto 5.2.1 (pip install 'moto[server]==5.2.1'), or set MOTO_PYTHON.", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            if (_process.HasExited)
            {
                // The exit is final; wait for the pipes so the tail holds the launcher's last words.
                await _process.WaitForExitAsync(cancellationToken);
                throw new MotoUnavailableException(
                    $"moto_server exited with code {_process.ExitCode} before answering. Its output:{Environment.NewLine}{_output}");
            }

            try
            {
                using var response = await _http.GetAsync(new Uri("moto-api/data.json", UriKind.Relative), deadline.Token);
                return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new MotoUnavailableException(
                    $"moto_server did not answer on {Endpoint} within {timeout.TotalSeconds} s. Its output:{Environment.NewLine}{_output}");
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // The next round reports the timeout (or the exit).
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void KillOnExit(object? sender, EventArgs e) => Kill();

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
    }
}
