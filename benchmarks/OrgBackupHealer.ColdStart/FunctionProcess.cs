using System.Diagnostics;
using System.Text.Json;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.ColdStart;

/// <summary>
/// One fresh function process pointed at a fake Runtime API and moto. Its stdout (JSON logs, EMF) is drained and
/// counted, the last lines kept for error reports. Peak RSS is the kernel's high-water mark (VmHWM).
/// </summary>
internal sealed class FunctionProcess : IDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _tail = new();
    private readonly List<double> _reconcileMs = [];
    private readonly Dictionary<string, int> _ignored = new(StringComparer.Ordinal);

    private FunctionProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public static FunctionProcess Start(FunctionBuild build, string runtimeApi, IReadOnlyDictionary<string, string> motoEnvironment)
    {
        var start = new ProcessStartInfo(build.Executable)
        {
            WorkingDirectory = build.Folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in motoEnvironment)
        {
            start.Environment[key] = value;
        }

        start.Environment["AWS_LAMBDA_RUNTIME_API"] = runtimeApi;
        start.Environment["AWS_LAMBDA_FUNCTION_NAME"] = "OrgBackupHealer-ColdStart";
        start.Environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "128";
        start.Environment["HEALER_ROLE_ARN"] = "arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole";
        start.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
        // Nothing from the developer's shell decides the run: no profile, no tiered-compilation tweaks.
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("DOTNET_", StringComparison.Ordinal) || k == "AWS_PROFILE").ToList())
        {
            start.Environment.Remove(inherited);
        }

        var process = new Process { StartInfo = start };
        var running = new FunctionProcess(process);
        process.OutputDataReceived += (_, e) => running.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => running.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>VmHWM of the live process in bytes: the peak resident set since it started.</summary>
    public long PeakResidentBytes() =>
        ChildProcesses.PeakResidentBytes(_process);

    /// <summary>The ReconcileDuration values of the EMF lines written so far (observe + plan + apply, in ms).</summary>
    public IReadOnlyList<double> ReconcileDurations()
    {
        lock (_tail)
        {
            return [.. _reconcileMs];
        }
    }

    /// <summary>EventsIgnored metrics written so far, by Reason (coalesced, duplicate, self, ...).</summary>
    public IReadOnlyDictionary<string, int> IgnoredByReason()
    {
        lock (_tail)
        {
            return new Dictionary<string, int>(_ignored, StringComparer.Ordinal);
        }
    }

    /// <summary>The last lines the function wrote, for a failure report.</summary>
    public string Tail()
    {
        lock (_tail)
        {
            return string.Join(Environment.NewLine, _tail);
        }
    }

    public void Dispose() =>
        ChildProcesses.StopAndDispose(_process);

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        var (duration, ignored) = ReadMetric(line);
        lock (_tail)
        {
            if (duration is { } ms)
            {
                _reconcileMs.Add(ms);
            }

            if (ignored is not null)
            {
                _ignored[ignored] = _ignored.GetValueOrDefault(ignored) + 1;
            }

            _tail.Enqueue(line);
            if (_tail.Count > 20)
            {
                _tail.Dequeue();
            }
        }
    }

    /// <summary>The value of a ReconcileDuration EMF line, or the Reason of an EventsIgnored one.</summary>
    private static (double? ReconcileMs, string? IgnoredReason) ReadMetric(string line)
    {
        if (!line.StartsWith("{\"_aws\"", StringComparison.Ordinal))
        {
            return (null, null);
        }

        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.TryGetProperty("ReconcileDuration", out var value) && value.ValueKind == JsonValueKind.Number)
            {
                return (value.GetDouble(), null);
            }

            return root.TryGetProperty("EventsIgnored", out _) && root.TryGetProperty("Reason", out var reason)
                ? (null, reason.GetString())
                : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
