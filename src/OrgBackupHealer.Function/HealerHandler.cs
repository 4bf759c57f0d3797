using System.Text.Json;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Function.Configuration;
using OrgBackupHealer.Function.Runtime;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function;

/// <summary>
/// Classify, then hand error, drift and schedule events to the gate and the reconcile behind it. Everything the
/// classifier or the gate skips is logged, counted in EventsIgnored with its reason and acknowledged, so a bad,
/// repeated or self-caused event never causes a write or a retry.
/// </summary>
internal sealed class HealerHandler(
    HealerConfiguration configuration, GuardedReconciler reconciler, EmfMetrics metrics, JsonLogger logger, TimeProvider time) : IInvocationHandler
{
    private readonly EventClassifier _classifier = new(configuration.Desired.PolicyName, configuration.Role);
    private string? _knownPolicyId;

    public async Task<byte[]> HandleAsync(Invocation invocation, CancellationToken deadline)
    {
        logger.StartInvocation(invocation.RequestId, invocation.TraceId);
        var c = _classifier.Classify(invocation.Body, _knownPolicyId);
        logger.Info($"event classified as {c.Kind}: {c.Reason}", HandlerLogFields.For(c));
        if (c.Trigger is not { } trigger)
        {
            return Ignored(c.IgnoredReason ?? IgnoreReasons.Invalid, c.Reason, c);
        }

        var request = GateRequestFactory.For(c, trigger, invocation, time.GetUtcNow());
        var started = time.GetTimestamp();
        GuardedOutcome outcome;
        try
        {
            outcome = await reconciler.RunAsync(request, configuration.Desired, deadline).ConfigureAwait(false);
        }
        catch (ReconcileException failure)
        {
            metrics.ReconcileFailed();
            logger.Error(failure.Message, [.. HandlerLogFields.For(c), .. HandlerLogFields.For(failure)]);
            throw;
        }

        if (outcome.Result is not { } result)
        {
            var reason = outcome.Decision.IgnoreReason ?? IgnoreReasons.Duplicate;
            return Ignored(reason, $"skipped by the gate: {reason}", c);
        }

        metrics.ReconcileDuration(time.GetElapsedTime(started));
        if (outcome.Decision.FlapGuardTripped)
        {
            metrics.FlapGuardTripped();
            logger.Warning(
                $"flap guard tripped: {outcome.Decision.FixesInWindow} fixes in the last hour reached {configuration.Safety.MaxFixesPerHour}; writes are suspended until the window passes",
                HandlerLogFields.For(outcome.Decision));
        }

        _knownPolicyId = result.Observed.ManagedPolicy?.Summary.Id;
        var summary = HandlerLogFields.Summarize(result, c);
        logger.Info($"reconcile finished: {summary.Outcome}", [.. HandlerLogFields.For(c), .. HandlerLogFields.For(result)]);
        return Respond(summary);
    }

    private byte[] Ignored(string reason, string why, EventClassification c)
    {
        metrics.EventsIgnored(reason);
        logger.Info($"event ignored ({reason}): {why}", [.. HandlerLogFields.For(c), LogField.Of("ignored_reason", reason)]);
        return Respond(new InvocationSummary("ignored", c.Kind.ToString(), why, [], reason));
    }

    private static byte[] Respond(InvocationSummary summary) =>
        JsonSerializer.SerializeToUtf8Bytes(summary, FunctionJsonContext.Default.InvocationSummary);
}
