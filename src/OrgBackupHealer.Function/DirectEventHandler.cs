using System.Text.Json;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Function.Configuration;
using OrgBackupHealer.Function.Runtime;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function;

/// <summary>
/// One event a rule sends straight to the function (drift, the schedule, an error signal from a rule without the
/// queue): classified, handed to the gate and the reconcile behind it, reported. Everything the classifier or the gate
/// skips is logged, counted in EventsIgnored with its reason and acknowledged, so a bad, repeated or self-caused event
/// never causes a write or a retry. A failure only an operator can fix is reported and acknowledged too; only a
/// transient one is thrown, so that Lambda retries it. Scheduled runs also check that the baseline is in effect in
/// every account (<see cref="ScheduledCoverage"/>).
/// </summary>
internal sealed class DirectEventHandler(
    HealerConfiguration configuration,
    GuardedReconciler reconciler,
    ScheduledCoverage coverage,
    ReconcileReporter reporter,
    EmfMetrics metrics,
    JsonLogger logger,
    TimeProvider time)
{
    private readonly EventClassifier _classifier = new(configuration.Desired.PolicyName, configuration.Role);

    /// <returns>The response, and the managed policy's id when the reconcile learnt it.</returns>
    public async Task<(byte[] Response, string? ManagedPolicyId)> HandleAsync(Invocation invocation, string? knownPolicyId, CancellationToken deadline)
    {
        var c = _classifier.Classify(invocation.Body, knownPolicyId);
        logger.Info($"event classified as {c.Kind}: {c.Reason}", HandlerLogFields.For(c));
        if (c.Trigger is not { } trigger)
        {
            return (Ignored(c.IgnoredReason ?? IgnoreReasons.Invalid, c.Reason, c), null);
        }

        var request = GateRequestFactory.For(c, trigger, invocation, time.GetUtcNow());
        var started = time.GetTimestamp();
        GuardedOutcome outcome;
        try
        {
            outcome = await reconciler.RunAsync(request, configuration.Desired, deadline, knownPolicyId).ConfigureAwait(false);
        }
        catch (ReconcileException failure)
        {
            reporter.Failed(failure, time.GetElapsedTime(started), HandlerLogFields.For(c));
            if (!failure.IsTerminal)
            {
                throw;
            }

            return (Respond(HandlerLogFields.Summarize(failure, c)), null);
        }

        if (outcome.Result is not { } result)
        {
            var reason = outcome.Decision.IgnoreReason ?? IgnoreReasons.Duplicate;
            return (Ignored(reason, $"skipped by the gate: {reason}", c), null);
        }

        reporter.Completed(outcome.Decision, result, time.GetElapsedTime(started), HandlerLogFields.For(c));
        if (trigger == ReconcileTrigger.Scheduled)
        {
            await coverage.RunAsync(configuration.Desired, invocation.DeadlineUnixMs, deadline).ConfigureAwait(false);
        }

        return (Respond(HandlerLogFields.Summarize(result, c)), result.ManagedPolicyId);
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
