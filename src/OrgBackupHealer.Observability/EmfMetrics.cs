using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
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

    public void AutoFix(FixType fixType) => Emit(MetricNames.AutoFix, "Count", 1, "FixType", fixType.ToString());

    public void DriftDetected(FixType fixType) => Emit(MetricNames.DriftDetected, "Count", 1, "FixType", fixType.ToString());

    public void HealingRun() => Emit(MetricNames.HealingRun, "Count", 1);

    /// <param name="reason">An UnreachableReasons value (TargetNotFound, AttachmentLimitExceeded, AccessDenied, InvalidTarget).</param>
    public void TargetUnreachable(string reason) => Emit(MetricNames.TargetUnreachable, "Count", 1, "Reason", reason, alsoServiceOnly: true);

    /// <param name="reason">A FailureReasons value: Transient, AccessDenied, NoOrganization, OwnershipConflict, ...</param>
    public void ReconcileFailed(string reason) => Emit(MetricNames.ReconcileFailed, "Count", 1, "Reason", reason, alsoServiceOnly: true);

    /// <param name="reason">An IgnoreReasons value: self, invalid, unrelated, coalesced or duplicate.</param>
    /// <param name="count">
    /// How many events of a batch were ignored for this reason: one document for all of them, so a batch of 10,000
    /// skipped symptoms costs one log line, not 10,000.
    /// </param>
    public void EventsIgnored(string reason, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        Emit(MetricNames.EventsIgnored, "Count", count, "Reason", reason);
    }

    /// <summary>Accounts where another policy overrides or removes a key of the baseline plan (coverage check).</summary>
    public void BaselineOverridden(int accounts) => Emit(MetricNames.BaselineOverridden, "Count", accounts);

    /// <summary>Accounts Organizations reports with an invalid effective backup policy (coverage check).</summary>
    public void EffectivePolicyInvalid(int accounts) => Emit(MetricNames.EffectivePolicyInvalid, "Count", accounts);

    /// <summary>A coverage check that its budget cut short or that failed: some accounts were not evaluated.</summary>
    public void CoverageIncomplete() => Emit(MetricNames.CoverageIncomplete, "Count", 1);

    /// <summary>A state-table read or write that failed and that the healer went on without (it is logged too).</summary>
    public void StateStoreError() => Emit(MetricNames.StateStoreError, "Count", 1);

    public void FlapGuardTripped() => Emit(MetricNames.FlapGuardTripped, "Count", 1);

    public void ReconcileDuration(TimeSpan duration) =>
        Emit(MetricNames.ReconcileDuration, "Milliseconds", Math.Round(duration.TotalMilliseconds, 3));

    /// <param name="alsoServiceOnly">
    /// Also publish the [service] series: one alarm watches every reason at once, while the dashboard splits by reason.
    /// </param>
    private void Emit(string metric, string unit, double value, string? dimension = null, string? dimensionValue = null, bool alsoServiceOnly = false)
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
            if (alsoServiceOnly)
            {
                json.WriteStartArray();
                json.WriteStringValue(ServiceDimension);
                json.WriteEndArray();
            }

            json.WriteStartArray();
            json.WriteStringValue(ServiceDimension);
            if (dimension is not null)
            {
                json.WriteStringValue(dimension);
            }

            json.WriteEndArray();
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
            if (dimension is not null)
            {
                json.WriteString(dimension, dimensionValue);
            }

            json.WriteNumber(metric, value);
            json.WriteEndObject();
        }

        _output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        _output.Flush();
    }
}
