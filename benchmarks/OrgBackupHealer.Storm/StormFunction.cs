using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Storm;

/// <summary>
/// The published bootstrap as a process, pointed at the fake Runtime API and at moto through the counting proxy. Its
/// stdout is read as it comes: reconciles ("reconcile finished", and failures), the outcomes each batch's summary
/// line counts, and EventsIgnored by reason (the EMF values, a batch's count included).
/// </summary>
internal sealed class StormFunction : IDisposable
{
    private readonly Process _process;
    private readonly Lock _lock = new();
    private readonly Queue<string> _tail = new();
    private readonly Dictionary<string, int> _batchOutcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ignored = new(StringComparer.Ordinal);
    private readonly List<string> _reconciles = [];

    private StormFunction(Process process) => _process = process;

    public static StormFunction Start(string executable, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = Path.GetDirectoryName(executable)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Nothing from the developer's shell decides the run: only the variables given here.
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("DOTNET_", StringComparison.Ordinal) || k.StartsWith("AWS_", StringComparison.Ordinal) || k.StartsWith("HEALER_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var function = new StormFunction(process);
        process.OutputDataReceived += (_, e) => function.Read(e.Data);
        process.ErrorDataReceived += (_, e) => function.Read(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return function;
    }

    /// <summary>The outcome of every reconcile, in order: repaired, healthy, ..., or failed.</summary>
    public IReadOnlyList<string> Reconciles
    {
        get
        {
            lock (_lock)
            {
                return [.. _reconciles];
            }
        }
    }

    public IReadOnlyDictionary<string, int> BatchOutcomes
    {
        get
        {
            lock (_lock)
            {
                return new Dictionary<string, int>(_batchOutcomes, StringComparer.Ordinal);
            }
        }
    }

    public IReadOnlyDictionary<string, int> IgnoredByReason
    {
        get
        {
            lock (_lock)
            {
                return new Dictionary<string, int>(_ignored, StringComparer.Ordinal);
            }
        }
    }

    public string Tail
    {
        get
        {
            lock (_lock)
            {
                return string.Join(Environment.NewLine, _tail);
            }
        }
    }

    /// <summary>VmHWM: the peak resident set since the process started.</summary>
    public long PeakResidentBytes() =>
        ChildProcesses.PeakResidentBytes(_process);

    public void Dispose() =>
        ChildProcesses.StopAndDispose(_process);

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            _tail.Enqueue(line.Length > 2_000 ? line[..2_000] + "…" : line);
            if (_tail.Count > 30)
            {
                _tail.Dequeue();
            }
        }

        if (!line.StartsWith('{'))
        {
            return;
        }

        try
        {
            using var json = JsonDocument.Parse(line);
            Count(json.RootElement);
        }
        catch (JsonException)
        {
            // Not a JSON line of the function's: kept in the tail only.
        }
    }

    private void Count(JsonElement line)
    {
        var message = line.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
        lock (_lock)
        {
            if (message.StartsWith("reconcile finished", StringComparison.Ordinal))
            {
                _reconciles.Add(line.TryGetProperty("outcome", out var outcome) ? outcome.GetString() ?? "?" : "?");
            }
            else if (line.TryGetProperty("failure_kind", out var kind))
            {
                _reconciles.Add("failed " + kind.GetString());
            }
            else if (message.StartsWith("batch of ", StringComparison.Ordinal) && line.TryGetProperty("batch_outcomes", out var outcomes))
            {
                foreach (var entry in outcomes.EnumerateArray().Select(e => e.GetString()!.Split(' ')))
                {
                    _batchOutcomes[entry[0]] = _batchOutcomes.GetValueOrDefault(entry[0]) + int.Parse(entry[1], CultureInfo.InvariantCulture);
                }
            }
            else if (line.TryGetProperty("_aws", out _) && line.TryGetProperty("EventsIgnored", out var count) && line.TryGetProperty("Reason", out var reason))
            {
                _ignored[reason.GetString()!] = _ignored.GetValueOrDefault(reason.GetString()!) + (int)count.GetDouble();
            }
        }
    }
}
