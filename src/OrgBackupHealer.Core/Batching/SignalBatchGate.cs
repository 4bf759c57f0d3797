using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Batching;

/// <summary>
/// The gate for a queue batch: one decision for all of its error signals, so the state table's requests grow with
/// batches, not with records. Error signals claim no event id (their duplicates are caught in memory,
/// <see cref="RecentEventIds"/>); the batch reads the state once and is coalesced when its newest symptom happened
/// inside the coalescing window after the last settled reconcile. Drift and scheduled signals that land in a batch
/// keep their guarantees: each claims its id (a processed one is a duplicate), each drift actor is recorded, and any
/// one of them makes the batch reconcile, coalescing or not. The flap guard decides for the whole batch. Afterwards
/// the outcome is recorded once, however many records it ran for.
/// </summary>
internal sealed class SignalBatchGate(IHealerStateStore store, TimeProvider time, SafetyOptions options, IStateStoreFaults faults)
{
    /// <summary>Stands for the batch in a decision that no single event id names.</summary>
    public const string BatchEventId = "batch";

    /// <param name="alwaysReconcile">The batch's drift and scheduled signals, in order, each with its own event id.</param>
    /// <param name="newestSymptom">When the newest error signal of the batch happened; null when it has none left to judge.</param>
    /// <param name="leaseUntil">The in-progress lease of a claimed id (the invocation's deadline); null for the default lease.</param>
    public async Task<BatchGateDecision> DecideAsync(
        IReadOnlyList<GateRequest> alwaysReconcile, DateTimeOffset? newestSymptom, DateTimeOffset? leaseUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alwaysReconcile);
        var now = time.GetUtcNow();
        var claimed = new List<GateRequest>();
        var duplicates = new List<GateRequest>();
        foreach (var signal in alwaysReconcile)
        {
            try
            {
                var claim = await store.TryClaimEventAsync(signal.EventId, signal.Attempt, now, leaseUntil ?? now + options.DefaultLease, cancellationToken).ConfigureAwait(false);
                (claim == EventClaim.Claimed ? claimed : duplicates).Add(signal);
            }
            catch (Exception)
            {
                await ReleaseAsync(claimed).ConfigureAwait(false);
                throw;
            }
        }

        if (claimed.Count == 0 && newestSymptom is null)
        {
            return new BatchGateDecision(null, claimed, duplicates);
        }

        HealerState state;
        try
        {
            var actors = claimed.Select(r => r.Actor).OfType<DriftActor>().ToList();
            state = actors.Count > 0
                ? await store.UpdateStateAsync(s => actors.Aggregate(s, (acc, a) => acc.WithActor(a)).Prune(now - options.FlapWindow, options.MaxActorsKept), cancellationToken).ConfigureAwait(false)
                : await store.ReadStateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The whole batch fails and comes back; its claims must not turn its drift records into their own duplicates.
            await ReleaseAsync(claimed).ConfigureAwait(false);
            throw;
        }

        var request = claimed.Count > 0 ? claimed[0] : new GateRequest(ReconcileTrigger.ErrorSignal, BatchEventId);
        return new BatchGateDecision(ReconcileGate.Decide(request, state, now, options, newestSymptom), claimed, duplicates);
    }

    private async Task ReleaseAsync(List<GateRequest> claimed)
    {
        foreach (var claim in claimed)
        {
            await StateStoreWrites.RecordAsync(() => store.ReleaseEventAsync(claim.EventId, CancellationToken.None), "releasing a batch's claim after the gate failed", faults).ConfigureAwait(false);
        }
    }

    /// <summary>A completed reconcile: one state write when it settled or healed, then each claimed id completed.</summary>
    public async Task RecordOutcomeAsync(BatchGateDecision decision, SetReconcileResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        await ReconcileGate.RecordStateAsync(store, ReconcileGate.Settles(result), ReconcileGate.Heals(result), time.GetUtcNow(), options, cancellationToken).ConfigureAwait(false);
        await FinishClaimsAsync(decision, completed: !result.HasTransientFailure, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A failed reconcile: fixes that applied still make a healing run; a terminal failure settles and completes the
    /// claimed ids, a transient one releases them so the queue's redelivery runs them again.
    /// </summary>
    public async Task RecordFailureAsync(BatchGateDecision decision, ReconcileException failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var settled = ReconcileGate.Settles(failure);
        await ReconcileGate.RecordStateAsync(store, settled, ReconcileGate.Heals(failure), time.GetUtcNow(), options, cancellationToken).ConfigureAwait(false);
        await FinishClaimsAsync(decision, completed: settled, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases the claimed ids after a failure that is not a reconcile's (a crash of the host's own code).</summary>
    public Task ReleaseAsync(BatchGateDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return FinishClaimsAsync(decision, completed: false, cancellationToken);
    }

    private async Task FinishClaimsAsync(BatchGateDecision decision, bool completed, CancellationToken cancellationToken)
    {
        var keepUntil = time.GetUtcNow() + options.EventRetention;
        foreach (var claim in decision.Claimed)
        {
            if (completed)
            {
                await store.CompleteEventAsync(claim.EventId, keepUntil, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await store.ReleaseEventAsync(claim.EventId, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
