using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Batching;

/// <summary>
/// A batch of queued error signals, at most one reconcile for all of it. Every record is classified; self, unrelated
/// and invalid ones are done with at once. An error signal whose id this batch or an earlier one already had is a
/// duplicate. The others and any drift or scheduled signal go to <see cref="SignalBatchGate"/> together, which
/// coalesces them, or lets one reconcile run on behalf of all of them. A transient failure of that reconcile
/// returns exactly the records it ran for to the queue; nothing else is delivered again.
/// </summary>
public sealed class SignalBatchProcessor(
    EventClassifier classifier, SignalBatchGate gate, Reconciler reconciler, RecentEventIds recent, TimeProvider time)
{
    /// <param name="leaseUntil">When the invocation must end: the lease of a claimed drift or scheduled id.</param>
    /// <param name="knownPolicyId">The managed policy's id from an earlier reconcile of this host, if any.</param>
    public async Task<BatchResult> ProcessAsync(
        IReadOnlyList<BatchRecord> records, DesiredState desired, DateTimeOffset? leaseUntil, string? knownPolicyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(desired);
        var now = time.GetUtcNow();
        var sorted = Sort(records, knownPolicyId, now);
        var decision = await gate.DecideAsync([.. sorted.AlwaysReconcile.Select(s => s.Request)], sorted.NewestSymptom, leaseUntil, cancellationToken).ConfigureAwait(false);
        foreach (var duplicate in decision.Duplicates)
        {
            // Stryker disable once Linq : every duplicate the gate returns is one of the requests it was given, so First always finds one.
            var index = sorted.AlwaysReconcile.First(s => ReferenceEquals(s.Request, duplicate)).Index;
            sorted.Settle(index, BatchRecordOutcome.Duplicate);
        }

        var reconciling = sorted.Symptoms.Concat(sorted.AlwaysReconcile.Where(s => decision.Claimed.Contains(s.Request)).Select(s => s.Index)).ToList();
        if (!decision.ShouldReconcile)
        {
            sorted.SettleAll(reconciling, BatchRecordOutcome.Coalesced);
            recent.Remember(sorted.SymptomIds);
            return new BatchResult(sorted.Results(), decision, null, null);
        }

        var effective = decision.Decision!.FlapGuardTripped ? desired with { Mode = HealerMode.Report } : desired;
        // What the snapshot names as the cause: the first claimed drift or scheduled signal, else the first error signal.
        var causes = decision.Claimed.Select(c => c.EventId).Concat(sorted.SymptomIds);
        // Stryker disable once Linq : a batch reconciles only with a claimed signal or a symptom, so causes is never empty.
        var cause = causes.FirstOrDefault() ?? SignalBatchGate.BatchEventId;
        var trigger = $"{cause} (batch of {records.Count})";
        var started = time.GetTimestamp();
        try
        {
            var result = await reconciler.ReconcileAsync(effective, trigger, cancellationToken, knownPolicyId).ConfigureAwait(false);
            var duration = time.GetElapsedTime(started);
            await gate.RecordOutcomeAsync(decision, result, cancellationToken).ConfigureAwait(false);
            sorted.SettleAll(reconciling, BatchRecordOutcome.Reconciled);
            recent.Remember(sorted.SymptomIds);
            return new BatchResult(sorted.Results(), decision, result, null, duration);
        }
        catch (ReconcileException failure)
        {
            var duration = time.GetElapsedTime(started);
            await RecordQuietlyAsync(() => gate.RecordFailureAsync(decision, failure, CancellationToken.None)).ConfigureAwait(false);
            sorted.SettleAll(reconciling, failure.IsTerminal ? BatchRecordOutcome.Reconciled : BatchRecordOutcome.Retried);
            if (failure.IsTerminal)
            {
                recent.Remember(sorted.SymptomIds);
            }

            return new BatchResult(sorted.Results(), decision, null, failure, duration);
        }
        catch (Exception)
        {
            await RecordQuietlyAsync(() => gate.ReleaseAsync(decision, CancellationToken.None)).ConfigureAwait(false);
            throw;
        }
    }

    private SortedBatch Sort(IReadOnlyList<BatchRecord> records, string? knownPolicyId, DateTimeOffset now)
    {
        var sorted = new SortedBatch(records.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var c = classifier.Classify(record.Body.Span, knownPolicyId);
            sorted.Classified(i, record.MessageId, c);
            // Stryker disable once Block : without this block's 'continue', 'trigger' is unassigned below; such a mutant cannot compile, and Stryker would drop every mutant of Sort with it.
            if (c.Trigger is not { } trigger)
            {
                sorted.Settle(i, c.Kind switch
                {
                    EventKind.SelfGenerated => BatchRecordOutcome.SelfGenerated,
                    EventKind.Unrelated => BatchRecordOutcome.Unrelated,
                    _ => BatchRecordOutcome.Invalid,
                });
                // Stryker disable once Statement : the same: without 'continue', 'trigger' is unassigned below and the mutant cannot compile.
                continue;
            }

            // Drift and scheduled ids are checked against the state table by the gate; error signals only here.
            var id = c.EventId is { Length: > 0 } eventId ? eventId : record.MessageId;
            var isSymptom = trigger == ReconcileTrigger.ErrorSignal;
            if (!seen.Add(id) || (isSymptom && recent.Contains(id)))
            {
                sorted.Settle(i, BatchRecordOutcome.Duplicate);
            }
            else if (isSymptom)
            {
                sorted.Symptom(i, id, SymptomTime.Of(c, now));
            }
            else
            {
                // Stryker disable once String : a drift signal always has an eventName (the classifier calls a detail without one invalid), so its placeholder is never used; the principal's placeholder is asserted by SignalBatchProcessorMemoryTests.
                var actor = trigger == ReconcileTrigger.DriftSignal ? new DriftActor(c.Principal ?? "unknown", c.EventName ?? "unknown", now) : null;
                sorted.AlwaysReconciles(i, new GateRequest(trigger, id, Actor: actor));
            }
        }

        return sorted;
    }

    /// <summary>A failure while recording must not hide the reconcile's own error; a lease ends at its deadline anyway.</summary>
    private static async Task RecordQuietlyAsync(Func<Task> record)
    {
        try
        {
            await record().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Any store failure is secondary to the reconcile's outcome being reported.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
