using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Metrics;

/// <summary>
/// Records what a reconcile reports, in order, instead of printing it as it happens: the CLI shows the counts in its
/// summary and under "metrics" in JSON, and replays the records as the Lambda's EMF lines only where asked
/// (--emit-metrics, after the human output), so metric JSON never lands between the lines a person reads.
/// </summary>
internal sealed class MetricsRecorder : IReconcileMetrics
{
    private readonly List<Action<IReconcileMetrics>> _replay = [];
    private readonly SortedDictionary<FixType, int> _autoFix = [];
    private readonly SortedDictionary<FixType, int> _driftDetected = [];
    private readonly SortedDictionary<string, int> _unreachable = new(StringComparer.Ordinal);
    private int _healingRuns;

    public void AutoFix(FixType fixType, string policy)
    {
        Count(_autoFix, fixType);
        _replay.Add(sink => sink.AutoFix(fixType, policy));
    }

    public void DriftDetected(FixType fixType, string policy)
    {
        Count(_driftDetected, fixType);
        _replay.Add(sink => sink.DriftDetected(fixType, policy));
    }

    public void HealingRun(IReadOnlyList<string> policies)
    {
        _healingRuns++;
        _replay.Add(sink => sink.HealingRun(policies));
    }

    public void TargetUnreachable(string reason, string policy)
    {
        Count(_unreachable, reason);
        _replay.Add(sink => sink.TargetUnreachable(reason, policy));
    }

    /// <summary>AutoFix counts keyed by FixType, in FixType order (the table under a heal).</summary>
    public IReadOnlyDictionary<string, int> AutoFixByFixType() => ByName(_autoFix);

    public MetricsReport Report() => new(
        HealerDefaults.MetricsNamespace,
        CliMetrics.Service,
        ByName(_autoFix),
        ByName(_driftDetected),
        _healingRuns,
        new Dictionary<string, int>(_unreachable, StringComparer.Ordinal));

    /// <summary>Every recorded metric, in the order the reconcile reported it, to another sink (the EMF writer).</summary>
    public void ReplayTo(IReconcileMetrics sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var replay in _replay)
        {
            replay(sink);
        }
    }

    private static void Count<TKey>(SortedDictionary<TKey, int> counts, TKey key)
        where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>Keyed by the FixType's name, kept in FixType order (the JSON document and the table list them so).</summary>
    private static Dictionary<string, int> ByName(SortedDictionary<FixType, int> counts) =>
        counts.ToDictionary(c => c.Key.ToString(), c => c.Value, StringComparer.Ordinal);
}
