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
/// returns exactly the records it ran for to the queue; nothing else is delivered again. A state-store failure after
/// the reconcile is reported to <see cref="IStateStoreFaults"/>: the batch still gets its partial batch response.
/// </summary>
internal sealed class SignalBatchProcessor(
    EventClassifier classifier, SignalBatchGate gate, Reconciler reconciler, RecentEventIds recent, IStateStoreFaults faults, TimeProvider time)
{
    /// <param name="leaseUntil">When the invocation must end: the lease of a claimed drift or scheduled id.</param>
    public async Task<BatchResult> ProcessAsync(
        IReadOnlyList<BatchRecord> records, PolicySet set, DateTimeOffset? leaseUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(set);
        var now = time.GetUtcNow();
        var sorted = Sort(records, now);
        var decision = await gate.DecideAsync([.. sorted.AlwaysReconcile.Select(s => s.Request)], sorted.NewestSymptom, leaseUntil, cancellationToken).ConfigureAwait(false);
        foreach (var duplicate in decision.Duplicates)
        {
            sorted.Ignore(sorted.AlwaysReconcile.First(s => ReferenceEquals(s.Request, duplicate)).Index, IgnoreReason.Duplicate);
        }

        var reconciling = sorted.Symptoms.Concat(sorted.AlwaysReconcile.Where(s => decision.Claimed.Contains(s.Request)).Select(s => s.Index)).ToList();
        if (!decision.ShouldReconcile)
        {
            sorted.IgnoreAll(reconciling, IgnoreReason.Coalesced);
            recent.Remember(sorted.SymptomIds);
            return new BatchResult(sorted.Results(), decision, null, null);
        }

        var effective = decision.Decision!.FlapGuardTripped ? set.WithMode(HealerMode.Report) : set;
        // What the snapshot names as the cause: the first claimed drift or scheduled signal, else the first error signal.
        var cause = decision.Claimed.Select(c => c.EventId).Concat(sorted.SymptomIds).First();
        var trigger = $"{cause} (batch of {records.Count})";
        var started = time.GetTimestamp();
        try
        {
            var result = await reconciler.ReconcileAsync(effective, trigger, cancellationToken).ConfigureAwait(false);
            var duration = time.GetElapsedTime(started);
            await StateStoreWrites.RecordAsync(() => gate.RecordOutcomeAsync(decision, result, CancellationToken.None), "recording the batch's reconcile", faults).ConfigureAwait(false);
            // An entry that failed transiently returns the records to the queue, so its repair runs again.
            sorted.SettleAll(reconciling, result.HasTransientFailure ? BatchRecordOutcome.Retried : BatchRecordOutcome.Reconciled);
            if (!result.HasTransientFailure)
            {
                recent.Remember(sorted.SymptomIds);
            }

            return new BatchResult(sorted.Results(), decision, result, null, duration);
        }
        catch (ReconcileException failure)
        {
            var duration = time.GetElapsedTime(started);
            await StateStoreWrites.RecordAsync(() => gate.RecordFailureAsync(decision, failure, CancellationToken.None), "recording the batch's failed reconcile", faults).ConfigureAwait(false);
            sorted.SettleAll(reconciling, failure.IsTerminal ? BatchRecordOutcome.Reconciled : BatchRecordOutcome.Retried);
            if (failure.IsTerminal)
            {
                recent.Remember(sorted.SymptomIds);
            }

            return new BatchResult(sorted.Results(), decision, null, failure, duration);
        }
        catch (Exception)
        {
            await StateStoreWrites.RecordAsync(() => gate.ReleaseAsync(decision, CancellationToken.None), "releasing the batch's claims after a crash", faults).ConfigureAwait(false);
            throw;
        }
    }

    private SortedBatch Sort(IReadOnlyList<BatchRecord> records, DateTimeOffset now)
    {
        var sorted = new SortedBatch(records.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var knownPolicyIds = reconciler.KnownPolicyIdValues;
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var c = classifier.Classify(record.Body, knownPolicyIds);
            sorted.Classified(i, record.MessageId, c);
            if (c.Trigger is not { } trigger)
            {
                // No rule queues a coverage signal: here it is unrelated to the reconcile a batch is for.
                sorted.Ignore(i, c.IgnoredReason ?? (c.Kind == EventKind.CoverageSignal ? IgnoreReason.Unrelated : IgnoreReason.Invalid));
                continue;
            }

            // Drift and scheduled ids are checked against the state table by the gate; error signals only here.
            var request = GateRequests.For(c, trigger, record.MessageId, deadline: null, now);
            var isSymptom = trigger == ReconcileTrigger.ErrorSignal;
            if (!seen.Add(request.EventId) || (isSymptom && recent.Contains(request.EventId)))
            {
                sorted.Ignore(i, IgnoreReason.Duplicate);
            }
            else if (isSymptom)
            {
                sorted.Symptom(i, request.EventId, SymptomTime.Of(c, now));
            }
            else
            {
                sorted.AlwaysReconciles(i, request);
            }
        }

        return sorted;
    }
}
