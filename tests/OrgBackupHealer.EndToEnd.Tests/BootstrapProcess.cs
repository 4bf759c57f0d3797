using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace OrgBackupHealer.EndToEnd.Tests;

/// <summary>The published bootstrap running as a real process; its stdout lines are kept for parsing.</summary>
internal sealed class BootstrapProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();

    private BootstrapProcess(Process process) => _process = process;

    /// <summary>Starts <paramref name="path"/> with only <paramref name="environment"/> plus PATH and HOME, so no AWS_* or HEALER_* variable leaks in.</summary>
    public static BootstrapProcess Start(string path, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(path)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(path),
        };
        foreach (var name in start.Environment.Keys.Where(k => k is not ("PATH" or "HOME")).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var bootstrap = new BootstrapProcess(new Process { StartInfo = start });
        bootstrap._process.OutputDataReceived += (_, e) => Keep(bootstrap._stdout, e.Data);
        bootstrap._process.ErrorDataReceived += (_, e) => Keep(bootstrap._stderr, e.Data);
        bootstrap._process.Start();
        bootstrap._process.BeginOutputReadLine();
        bootstrap._process.BeginErrorReadLine();
        return bootstrap;
    }

    /// <summary>Every stdout line so far that is a JSON object (logs and EMF documents).</summary>
    public IReadOnlyList<JsonElement> JsonLines() =>
        [.. _stdout.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement)];

    public IReadOnlyList<JsonElement> Metrics(string name) =>
        [.. JsonLines().Where(l => l.TryGetProperty("_aws", out _) && l.TryGetProperty(name, out _))];

    /// <summary>
    /// The metric documents named <paramref name="name"/> once there are at least <paramref name="count"/> (or after 10 s,
    /// whatever there is): stdout reaches the test through a pipe and an event, so a line the function printed before
    /// it answered may be read a moment after the answer.
    /// </summary>
    public async Task<IReadOnlyList<JsonElement>> MetricsAsync(string name, int count)
    {
        for (var waited = TimeSpan.Zero; Metrics(name).Count < count && waited < TimeSpan.FromSeconds(10); waited += TimeSpan.FromMilliseconds(20))
        {
            await Task.Delay(20);
        }

        return Metrics(name);
    }

    /// <summary>For failure messages: what the process printed.</summary>
    public string Output => string.Join(Environment.NewLine, _stdout.Concat(_stderr));

    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private static void Keep(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}
