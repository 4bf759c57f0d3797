using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Safety;

/// <summary>
/// Decides, per event, whether a reconcile runs: a processed or in-flight event id is a duplicate; an error signal
/// within the coalescing window after a reconcile that settled the organization is coalesced; once the healing
/// runs in the last hour reach the limit, reconciles run with writes suspended until the window passes.
/// Afterwards it records the outcome, so the next decision sees it.
/// </summary>
internal sealed class ReconcileGate(IHealerStateStore store, TimeProvider time, SafetyOptions options, IStateStoreFaults faults)
{
    /// <exception cref="Exception">
    /// What the store threw. After the claim, anything that throws releases it first (a failed release is reported to
    /// the faults), so Lambda's retry of the event runs instead of finding its own claim and calling itself a duplicate.
    /// </exception>
    public async Task<GateDecision> DecideAsync(GateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var leaseUntil = request.Deadline ?? now + options.DefaultLease;
        var claim = await store.TryClaimEventAsync(request.EventId, request.Attempt, now, leaseUntil, cancellationToken).ConfigureAwait(false);
        if (claim != EventClaim.Claimed)
        {
            return new GateDecision(GateVerdict.SkipDuplicate, request.EventId, 0, []);
        }

        try
        {
            var state = request.Actor is { } actor
                ? await store.UpdateStateAsync(s => s.WithActor(actor).Prune(now - options.FlapWindow, options.MaxActorsKept), cancellationToken).ConfigureAwait(false)
                : await store.ReadStateAsync(cancellationToken).ConfigureAwait(false);
            var decision = Decide(request, state, now, options);
            if (decision.Verdict == GateVerdict.SkipCoalesced)
            {
                await store.CompleteEventAsync(request.EventId, now + options.EventRetention, cancellationToken).ConfigureAwait(false);
            }

            return decision;
        }
        catch (Exception)
        {
            await StateStoreWrites.RecordAsync(() => store.ReleaseEventAsync(request.EventId, CancellationToken.None), "releasing the event after the gate failed", faults).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Records a completed reconcile: a healing run when it wrote, the coalescing window when it settled the
    /// organization (healthy or degraded: a repair opens no window, so a fault that comes back is fixed on its next
    /// symptom), and the event as done.
    /// </summary>
    /// <remarks>An entry that failed transiently leaves the event released, so that Lambda's retry of it runs again.</remarks>
    public Task RecordOutcomeAsync(GateDecision decision, SetReconcileResult result, CancellationToken cancellationToken) =>
        RecordAsync(decision, Settles(result), Heals(result), completed: !result.HasTransientFailure, cancellationToken);

    /// <summary>
    /// Records a failed reconcile: fixes that did apply still make a healing run. A terminal failure completes the
    /// event and opens the coalescing window (retrying cannot help, so the next symptoms must not rerun it); a
    /// transient one releases the event so Lambda's retry of it runs.
    /// </summary>
    public Task RecordFailureAsync(GateDecision decision, ReconcileException failure, CancellationToken cancellationToken) =>
        RecordAsync(decision, Settles(failure), Heals(failure), completed: Settles(failure), cancellationToken);

    /// <summary>Releases the event after a failure that is not a reconcile's (a crash of the host's own code).</summary>
    public Task ReleaseAsync(GateDecision decision, CancellationToken cancellationToken) =>
        RecordAsync(decision, settled: false, healed: false, completed: false, cancellationToken);

    /// <param name="symptomAt">
    /// When the error signal happened, if not now: a buffered symptom is judged by when it happened, not by when the
    /// buffer handed it over, so a batching delay never turns a symptom the direct path would coalesce into a reconcile.
    /// A symptom from before the last settled reconcile is coalesced too, unless coalescing is off: that reconcile
    /// looked after it.
    /// </param>
    internal static GateDecision Decide(GateRequest request, HealerState state, DateTimeOffset now, SafetyOptions options, DateTimeOffset? symptomAt = null)
    {
        if (request.Trigger == ReconcileTrigger.ErrorSignal
            && options.CoalesceWindow > TimeSpan.Zero
            && state.LastSettledAt is { } settledAt
            && (symptomAt ?? now) - settledAt < options.CoalesceWindow)
        {
            return new GateDecision(GateVerdict.SkipCoalesced, request.EventId, 0, []);
        }

        var windowStart = now - options.FlapWindow;
        var runs = state.HealingRunsSince(windowStart);
        return runs >= options.MaxHealingRunsPerHour
            ? new GateDecision(GateVerdict.RunWritesSuspended, request.EventId, runs, state.ActorsSince(windowStart))
            : new GateDecision(GateVerdict.Run, request.EventId, runs, []);
    }

    /// <summary>
    /// Healthy or degraded (an unreachable target, an entry only an operator can fix), the organization is settled:
    /// the coalescing window opens. An entry that failed transiently keeps it shut.
    /// </summary>
    internal static bool Settles(SetReconcileResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return !result.HasTransientFailure && result.Outcome is ReconcileOutcome.Healthy or ReconcileOutcome.Degraded or ReconcileOutcome.Failed;
    }

    /// <summary>A terminal failure settles too: retrying cannot help, so the next symptoms must not rerun it.</summary>
    internal static bool Settles(ReconcileException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.IsTerminal;
    }

    internal static bool Heals(SetReconcileResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Healed;
    }

    /// <summary>Fixes that did apply before a failure still make a healing run.</summary>
    internal static bool Heals(ReconcileException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Applied.Any(a => a.Outcome == ActionOutcome.Applied);
    }

    /// <summary>One state write for a finished reconcile, however many events it ran for; none when it neither settled nor healed.</summary>
    internal static async Task RecordStateAsync(
        IHealerStateStore store, bool settled, bool healed, DateTimeOffset now, SafetyOptions options, CancellationToken cancellationToken)
    {
        if (settled || healed)
        {
            await store.UpdateStateAsync(
                s => (settled ? s.WithSettledAt(now) : s).WithHealingRunIf(healed, now).Prune(now - options.FlapWindow, options.MaxActorsKept),
                cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RecordAsync(GateDecision decision, bool settled, bool healed, bool completed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var now = time.GetUtcNow();
        await RecordStateAsync(store, settled, healed, now, options, cancellationToken).ConfigureAwait(false);
        if (completed)
        {
            await store.CompleteEventAsync(decision.EventId, now + options.EventRetention, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await store.ReleaseEventAsync(decision.EventId, cancellationToken).ConfigureAwait(false);
        }
    }
}
