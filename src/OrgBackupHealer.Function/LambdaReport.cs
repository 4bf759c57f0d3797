using OrgBackupHealer.Core.Batching;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Incidents;
using OrgBackupHealer.Core.Pipeline;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function;

/// <summary>
/// How the Lambda tells what the pipeline reports: JSON log lines (Powertools keys) and EMF metrics on stdout. Every
/// ignored event counts once in EventsIgnored; a batch's ignored records count once per reason; a reconcile gets its
/// duration, one line with every action and, when it failed, ReconcileFailed with its reason.
/// </summary>
internal sealed class LambdaReport(int maxHealingRunsPerHour, EmfMetrics metrics, JsonLogger logger) : IHealerReport, IIncidentFaults
{
    /// <summary>How many records of a batch that are not error signals get a log line of their own.</summary>
    public const int RecordsLogged = 20;

    public void Classified(EventClassification classification) =>
        logger.Info($"event classified as {classification.Kind}: {classification.Reason}", HandlerLogFields.For(classification));

    public void Ignored(EventClassification classification, IgnoreReason reason, string why)
    {
        metrics.EventsIgnored(reason.MetricValue());
        logger.Info($"event ignored ({reason.MetricValue()}): {why}", [.. HandlerLogFields.For(classification), LogField.Of("ignored_reason", reason.MetricValue())]);
    }

    public void ReconcileCompleted(GateDecision decision, SetReconcileResult result, TimeSpan duration, EventClassification? cause)
    {
        metrics.ReconcileDuration(duration);
        if (decision.FlapGuardTripped)
        {
            metrics.FlapGuardTripped();
            logger.Warning(
                $"flap guard tripped: {decision.HealingRunsInWindow} healing runs in the last hour reached {maxHealingRunsPerHour}; writes are suspended until the window passes",
                HandlerLogFields.For(decision));
        }

        foreach (var entry in result.Entries.Where(e => e.Failure is not null))
        {
            var failure = entry.Failure!;
            metrics.ReconcileFailed(failure.Diagnosis.Reason, entry.Key);
            logger.Error($"policy '{entry.Key}': {failure.Message}", [.. CauseFields(cause), LogField.Of("policy", entry.Key), .. HandlerLogFields.For(failure)]);
        }

        foreach (var entry in result.Completed.Where(r => r.Observed.NameTakenBy is not null))
        {
            var holder = entry.Observed.NameTakenBy!;
            logger.Warning(
                $"policy '{entry.Key}': its name is held by {holder.Name} ({holder.Id}), which is not its own; the rename is skipped, the other repairs went ahead",
                LogField.Of("policy", entry.Key), LogField.Of("name_taken_by", holder.Id));
        }

        var outcome = HandlerLogFields.OutcomeName(result.Outcome);
        LogField[] fields = [.. CauseFields(cause), .. HandlerLogFields.For(result)];
        var unreachable = result.UnreachableTargets.Count();
        if (unreachable > 0 || result.Failures.Count > 0)
        {
            logger.Warning($"reconcile finished {outcome}: {unreachable} target(s) cannot get a policy, {result.Failures.Count} entr{(result.Failures.Count == 1 ? "y" : "ies")} stopped; the others are as desired", fields);
        }
        else
        {
            logger.Info($"reconcile finished: {outcome}", fields);
        }
    }

    public void ReconcileFailed(ReconcileException failure, TimeSpan duration, EventClassification? cause)
    {
        metrics.ReconcileDuration(duration);
        metrics.ReconcileFailed(failure.Diagnosis.Reason);
        logger.Error(failure.Message, [.. CauseFields(cause), .. HandlerLogFields.For(failure)]);
    }

    public void BatchProcessed(BatchResult result)
    {
        foreach (var notable in result.Records.Where(r => r.Classification.Kind != EventKind.ErrorSignal).Take(RecordsLogged))
        {
            logger.Info(
                $"batch record {notable.MessageId} classified as {notable.Classification.Kind}: {notable.Classification.Reason}",
                [.. HandlerLogFields.For(notable.Classification), LogField.Of("batch_outcome", notable.OutcomeName)]);
        }

        foreach (var ignored in result.Records.Where(r => r.IgnoredReason is not null).GroupBy(r => r.IgnoredReason!.Value))
        {
            metrics.EventsIgnored(ignored.Key.MetricValue(), ignored.Count());
        }

        logger.Info($"batch of {result.Records.Count} records processed", BatchLogFields.Summarize(result));
    }

    public void CoverageChecked(CoverageOutcome outcome) => CoverageLog.Report(outcome, metrics, logger);

    /// <summary>No metric speaks for accounts the check never reached: CoverageIncomplete{Failed} alone, with why.</summary>
    public void CoverageFailed(Diagnosis diagnosis)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        metrics.CoverageIncomplete(CoverageIncomplete.Failed, stalled: true);
        logger.Warning($"coverage check failed: {diagnosis.Message}", LogField.Of("coverage_incomplete", CoverageIncomplete.Failed), LogField.Of("failure_reason", diagnosis.Reason));
    }

    public void StateStoreFailed(string operation, Exception failure)
    {
        metrics.StateStoreError();
        logger.Error($"state table: {operation} failed ({failure.GetType().Name}: {failure.Message}); the healer goes on without it",
            LogField.Of("state_store_operation", operation), LogField.Of("error_type", failure.GetType().Name));
    }

    /// <summary>Telling people failed; the repair did not: logged with the incidents' kinds and counted (IncidentPublishFailed).</summary>
    public void IncidentsNotPublished(IReadOnlyList<Incident> incidents, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(failure);
        metrics.IncidentPublishFailed(incidents.Count);
        logger.Error(
            $"{incidents.Count} incident event(s) could not be published ({failure.GetType().Name}: {failure.Message}); the repairs they describe are unaffected",
            LogField.List("incident_kinds", [.. incidents.Select(i => IncidentKinds.Name(i.Kind))]),
            LogField.List("incident_summaries", [.. incidents.Select(i => i.Summary)]),
            LogField.Of("error_type", failure.GetType().Name));
    }

    private static LogField[] CauseFields(EventClassification? cause) => cause is null ? [] : HandlerLogFields.For(cause);
}
