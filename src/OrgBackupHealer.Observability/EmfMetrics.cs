using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Observability;

/// <summary>
/// Writes each metric as one CloudWatch Embedded Metric Format document (one line) to the output, the way
/// Powertools Metrics does in Lambda: CloudWatch Logs extracts the metric, so there is no API call to throttle.
/// Every document carries the <c>service</c> dimension, plus <c>FixType</c> or <c>Reason</c> where one applies
/// (docs/metrics.md lists the exact dimension set of each metric).
/// </summary>
public sealed class EmfMetrics : IReconcileMetrics
{
    public const string ServiceDimension = "service";

    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TextWriter _output;
    private readonly TimeProvider _time;
    private readonly string _namespace;
    private readonly string _service;

    public EmfMetrics(TextWriter output, TimeProvider time, string metricsNamespace, string service)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentException.ThrowIfNullOrWhiteSpace(metricsNamespace);
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        _output = output;
        _time = time;
        _namespace = metricsNamespace;
        _service = service;
    }

    public const string PolicyDimension = "Policy";

    public void AutoFix(FixType fixType, string policy) => Emit(MetricNames.AutoFix, "Count", 1, Dims(("FixType", fixType.ToString()), (PolicyDimension, policy)), [1, 2]);

    public void DriftDetected(FixType fixType, string policy) => Emit(MetricNames.DriftDetected, "Count", 1, Dims(("FixType", fixType.ToString()), (PolicyDimension, policy)), [1, 2]);

    /// <summary>
    /// The spike alarm watches the [service] series, one per reconcile that wrote; the dashboard's [service, Policy]
    /// series count, per entry, the reconciles that wrote to it. Separate documents: one document with both sets would
    /// put the per-entry count into the [service] series.
    /// </summary>
    public void HealingRun(IReadOnlyList<string> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        Emit(MetricNames.HealingRun, "Count", 1, [], [0]);
        foreach (var policy in policies)
        {
            Emit(MetricNames.HealingRun, "Count", 1, Dims((PolicyDimension, policy)), [1]);
        }
    }

    /// <param name="reason">An UnreachableReasons value (TargetNotFound, AttachmentLimitExceeded, AccessDenied, InvalidTarget).</param>
    public void TargetUnreachable(string reason, string policy) =>
        Emit(MetricNames.TargetUnreachable, "Count", 1, Dims(("Reason", reason), (PolicyDimension, policy)), [0, 1, 2]);

    /// <param name="reason">A FailureReasons value: Transient, AccessDenied, NoOrganization, OwnershipConflict, ...</param>
    /// <param name="policy">The entry that failed, or "*" when the set as a whole did.</param>
    public void ReconcileFailed(string reason, string policy = "*") =>
        Emit(MetricNames.ReconcileFailed, "Count", 1, Dims(("Reason", reason), (PolicyDimension, policy)), [0, 1, 2]);

    /// <param name="reason">An IgnoreReasons value: self, invalid, unrelated, coalesced or duplicate.</param>
    /// <param name="count">
    /// How many events of a batch were ignored for this reason: one document for all of them, so a batch of 10,000
    /// skipped symptoms costs one log line, not 10,000.
    /// </param>
    public void EventsIgnored(string reason, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        Emit(MetricNames.EventsIgnored, "Count", count, Dims(("Reason", reason)), [1]);
    }

    /// <summary>Accounts where another policy overrides or removes a key of the baseline plan (coverage check).</summary>
    public void BaselineOverridden(int accounts) => Emit(MetricNames.BaselineOverridden, "Count", accounts, [], [0]);

    /// <summary>Accounts Organizations reports with an invalid effective backup policy (coverage check).</summary>
    public void EffectivePolicyInvalid(int accounts) => Emit(MetricNames.EffectivePolicyInvalid, "Count", accounts, [], [0]);

    /// <summary>
    /// A coverage check that did not reach the end of its walk, by Reason (Budget, NoProgress, Failed). The [service]
    /// series, which the alarm watches, counts only the checks that made no progress at all: a check that judged part of
    /// the organization and handed the rest to the next one is how a large organization is covered, not a fault.
    /// </summary>
    public void CoverageIncomplete(string reason, bool stalled) =>
        Emit(MetricNames.CoverageIncomplete, "Count", 1, Dims(("Reason", reason)), stalled ? [0, 1] : [1]);

    /// <summary>
    /// A coverage check's metrics: only what it measured (<see cref="CoverageOutcome"/>): BaselineOverridden when it
    /// judged accounts, EffectivePolicyInvalid when it read the organization's list, CoverageIncomplete{Reason} when its
    /// walk did not reach the end.
    /// </summary>
    public void CoverageChecked(CoverageOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.BaselineOverridden is { } overridden)
        {
            BaselineOverridden(overridden);
        }

        if (outcome.EffectivePolicyInvalid is { } invalid)
        {
            EffectivePolicyInvalid(invalid);
        }

        if (outcome.Incomplete is { } reason)
        {
            CoverageIncomplete(reason, Core.Coverage.CoverageIncomplete.Stalled(reason));
        }
    }

    /// <summary>A state-table read or write that failed and that the healer went on without (it is logged too).</summary>
    public void StateStoreError() => Emit(MetricNames.StateStoreError, "Count", 1, [], [0]);

    /// <summary>Incidents that could not be put on the incident bus (the repair they describe is unaffected; they are logged).</summary>
    public void IncidentPublishFailed(int incidents) => Emit(MetricNames.IncidentPublishFailed, "Count", incidents, [], [0]);

    public void FlapGuardTripped() => Emit(MetricNames.FlapGuardTripped, "Count", 1, [], [0]);

    public void ReconcileDuration(TimeSpan duration) =>
        Emit(MetricNames.ReconcileDuration, "Milliseconds", Math.Round(duration.TotalMilliseconds, 3), [], [0]);

    private static (string Name, string Value)[] Dims(params (string Name, string Value)[] dimensions) => dimensions;

    /// <param name="dimensions">The metric's dimensions besides service, in the order the sets use them.</param>
    /// <param name="sets">
    /// The dimension sets to publish, each as how many of <paramref name="dimensions"/> it takes after service (0: the
    /// [service] series alone). One document, several series: an alarm watches the totals while the dashboard splits
    /// by reason and entry.
    /// </param>
    private void Emit(string metric, string unit, double value, (string Name, string Value)[] dimensions, int[] sets)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject("_aws");
            json.WriteNumber("Timestamp", _time.GetUtcNow().ToUnixTimeMilliseconds());
            json.WriteStartArray("CloudWatchMetrics");
            json.WriteStartObject();
            json.WriteString("Namespace", _namespace);
            json.WriteStartArray("Dimensions");
            foreach (var taken in sets)
            {
                json.WriteStartArray();
                json.WriteStringValue(ServiceDimension);
                foreach (var (name, _) in dimensions.Take(taken))
                {
                    json.WriteStringValue(name);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("Metrics");
            json.WriteStartObject();
            json.WriteString("Name", metric);
            json.WriteString("Unit", unit);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteString(ServiceDimension, _service);
            foreach (var (name, dimensionValue) in dimensions)
            {
                json.WriteString(name, dimensionValue);
            }

            json.WriteNumber(metric, value);
            json.WriteEndObject();
        }

        _output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        _output.Flush();
    }
}
