using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Function.Configuration;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function;

/// <summary>
/// How a reconcile is reported, whether one event (the direct path) or a batch ran it: ReconcileDuration, the flap
/// guard's metric and warning, one line with every action, and for a failure ReconcileFailed with its reason.
/// </summary>
internal sealed class ReconcileReporter(HealerConfiguration configuration, EmfMetrics metrics, JsonLogger logger)
{
    /// <param name="eventFields">What caused the reconcile, for its log lines (the event's fields on the direct path).</param>
    public void Completed(GateDecision decision, ReconcileResult result, TimeSpan duration, LogField[] eventFields)
    {
        metrics.ReconcileDuration(duration);
        if (decision.FlapGuardTripped)
        {
            metrics.FlapGuardTripped();
            logger.Warning(
                $"flap guard tripped: {decision.HealingRunsInWindow} healing runs in the last hour reached {configuration.Safety.MaxHealingRunsPerHour}; writes are suspended until the window passes",
                HandlerLogFields.For(decision));
        }

        var outcome = HandlerLogFields.OutcomeName(result.Outcome);
        var fields = eventFields.Concat(HandlerLogFields.For(result)).ToArray();
        if (result.UnreachableTargets.Count > 0)
        {
            logger.Warning($"reconcile finished {outcome}: {result.UnreachableTargets.Count} target(s) cannot get the policy; the others have it", fields);
        }
        else
        {
            logger.Info($"reconcile finished: {outcome}", fields);
        }
    }

    public void Failed(ReconcileException failure, TimeSpan duration, LogField[] eventFields)
    {
        metrics.ReconcileDuration(duration);
        metrics.ReconcileFailed(failure.Diagnosis.Reason);
        logger.Error(failure.Message, [.. eventFields, .. HandlerLogFields.For(failure)]);
    }
}
