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
/// repeated or self-caused event never causes a write or a retry. A failure only an operator can fix is reported
/// and acknowledged too; only a transient one is thrown, so that Lambda retries it. Scheduled runs also check that
/// the baseline is in effect in every account (<see cref="ScheduledCoverage"/>).
/// </summary>
internal sealed class HealerHandler(
    HealerConfiguration configuration, GuardedReconciler reconciler, ScheduledCoverage coverage, EmfMetrics metrics, JsonLogger logger, TimeProvider time)
    : IInvocationHandler
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
            outcome = await reconciler.RunAsync(request, configuration.Desired, deadline, _knownPolicyId).ConfigureAwait(false);
        }
        catch (ReconcileException failure)
        {
            metrics.ReconcileDuration(time.GetElapsedTime(started));
            metrics.ReconcileFailed(failure.Diagnosis.Reason);
            logger.Error(failure.Message, [.. HandlerLogFields.For(c), .. HandlerLogFields.For(failure)]);
            if (!failure.IsTerminal)
            {
                throw;
            }

            return Respond(HandlerLogFields.Summarize(failure, c));
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
                $"flap guard tripped: {outcome.Decision.HealingRunsInWindow} healing runs in the last hour reached {configuration.Safety.MaxHealingRunsPerHour}; writes are suspended until the window passes",
                HandlerLogFields.For(outcome.Decision));
        }

        _knownPolicyId = result.ManagedPolicyId;
        var summary = HandlerLogFields.Summarize(result, c);
        var fields = HandlerLogFields.For(c).Concat(HandlerLogFields.For(result)).ToArray();
        if (result.UnreachableTargets.Count > 0)
        {
            logger.Warning($"reconcile finished {summary.Outcome}: {result.UnreachableTargets.Count} target(s) cannot get the policy; the others have it", fields);
        }
        else
        {
            logger.Info($"reconcile finished: {summary.Outcome}", fields);
        }

        if (trigger == ReconcileTrigger.Scheduled)
        {
            await coverage.RunAsync(configuration.Desired, invocation.DeadlineUnixMs, deadline).ConfigureAwait(false);
        }

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
