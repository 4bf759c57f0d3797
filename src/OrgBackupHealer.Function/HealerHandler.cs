using System.Text.Json;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Function.Configuration;
using OrgBackupHealer.Function.Runtime;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function;

/// <summary>
/// Classify, then reconcile on error, drift and schedule events. Everything else is logged, counted in
/// EventsIgnored and acknowledged, so a bad or unrelated event never causes a write or a retry.
/// </summary>
internal sealed class HealerHandler : IInvocationHandler
{
    private readonly HealerConfiguration _configuration;
    private readonly EventClassifier _classifier;
    private readonly Reconciler _reconciler;
    private readonly EmfMetrics _metrics;
    private readonly JsonLogger _logger;
    private readonly TimeProvider _time;
    private string? _knownPolicyId;

    public HealerHandler(
        HealerConfiguration configuration, Reconciler reconciler, EmfMetrics metrics, JsonLogger logger, TimeProvider time)
    {
        _configuration = configuration;
        _classifier = new EventClassifier(configuration.Desired.PolicyName, configuration.Role);
        _reconciler = reconciler;
        _metrics = metrics;
        _logger = logger;
        _time = time;
    }

    public async Task<byte[]> HandleAsync(Invocation invocation, CancellationToken deadline)
    {
        _logger.StartInvocation(invocation.RequestId, invocation.TraceId);
        var classification = _classifier.Classify(invocation.Body, _knownPolicyId);
        _logger.Info($"event classified as {classification.Kind}: {classification.Reason}", HandlerLogFields.For(classification));
        if (classification.IgnoredReason is { } ignored)
        {
            _metrics.EventsIgnored(ignored);
            return Respond(new InvocationSummary("ignored", classification.Kind.ToString(), classification.Reason, []));
        }

        var started = _time.GetTimestamp();
        ReconcileResult result;
        try
        {
            result = await _reconciler.ReconcileAsync(_configuration.Desired, classification.EventId ?? "schedule", deadline).ConfigureAwait(false);
        }
        catch (ReconcileException failure)
        {
            _metrics.ReconcileFailed();
            _logger.Error(failure.Message, [.. HandlerLogFields.For(classification), .. HandlerLogFields.For(failure)]);
            throw;
        }
        finally
        {
            _metrics.ReconcileDuration(_time.GetElapsedTime(started));
        }

        _knownPolicyId = result.Observed.ManagedPolicy?.Summary.Id;
        var summary = HandlerLogFields.Summarize(result, classification);
        _logger.Info($"reconcile finished: {summary.Outcome}", [.. HandlerLogFields.For(classification), .. HandlerLogFields.For(result)]);
        return Respond(summary);
    }

    private static byte[] Respond(InvocationSummary summary) =>
        JsonSerializer.SerializeToUtf8Bytes(summary, FunctionJsonContext.Default.InvocationSummary);
}
