using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Cli.Metrics;

/// <summary>
/// Records what a reconcile reports, in order, instead of printing it as it happens: the CLI shows the counts in its
/// summary and under "metrics" in JSON, and replays the records as the Lambda's EMF lines only where asked
/// (--emit-metrics, after the human output), so metric JSON never lands between the lines a person reads.
/// </summary>
internal sealed class MetricsRecorder : IReconcileMetrics
{
    private readonly List<(string Metric, string? Dimension)> _records = [];

    public void AutoFix(FixType fixType) => _records.Add((MetricNames.AutoFix, fixType.ToString()));

    public void DriftDetected(FixType fixType) => _records.Add((MetricNames.DriftDetected, fixType.ToString()));

    public void HealingRun() => _records.Add((MetricNames.HealingRun, null));

    public void TargetUnreachable(string reason) => _records.Add((MetricNames.TargetUnreachable, reason));

    /// <summary>AutoFix counts keyed by FixType, in FixType order (the table under a heal).</summary>
    public IReadOnlyDictionary<string, int> AutoFixByFixType() => CountsOf(MetricNames.AutoFix);

    public MetricsReport Report() => new(
        HealerDefaults.MetricsNamespace,
        CliMetrics.Service,
        CountsOf(MetricNames.AutoFix),
        CountsOf(MetricNames.DriftDetected),
        _records.Count(r => r.Metric == MetricNames.HealingRun),
        CountsOf(MetricNames.TargetUnreachable));

    /// <summary>Every recorded metric, in the order the reconcile reported it, to another sink (the EMF writer).</summary>
    public void ReplayTo(IReconcileMetrics sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var (metric, dimension) in _records)
        {
            switch (metric)
            {
                case MetricNames.AutoFix: sink.AutoFix(Enum.Parse<FixType>(dimension!)); break;
                case MetricNames.DriftDetected: sink.DriftDetected(Enum.Parse<FixType>(dimension!)); break;
                case MetricNames.HealingRun: sink.HealingRun(); break;
                case MetricNames.TargetUnreachable: sink.TargetUnreachable(dimension!); break;
            }
        }
    }

    private Dictionary<string, int> CountsOf(string metric) => _records
        .Where(r => r.Metric == metric)
        .GroupBy(r => r.Dimension!, StringComparer.Ordinal)
        .OrderBy(g => Enum.TryParse<FixType>(g.Key, out var fixType) ? (int)fixType : int.MaxValue)
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
