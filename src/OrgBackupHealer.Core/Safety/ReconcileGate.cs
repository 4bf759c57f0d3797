using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Safety;

/// <summary>
/// Decides, per event, whether a reconcile runs (spec §5): a processed or in-flight event id is a duplicate;
/// an error signal within the coalescing window after a healthy reconcile is coalesced; once the applied fixes
/// in the last hour reach the limit, reconciles run with writes suspended until the window passes.
/// Afterwards it records the outcome, so the next decision sees it.
/// </summary>
public sealed class ReconcileGate(IHealerStateStore store, TimeProvider time, SafetyOptions options)
{
    public SafetyOptions Options => options;

    public async Task<GateDecision> DecideAsync(GateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var leaseUntil = request.Deadline ?? now + options.DefaultLease;
        var claim = await store.TryClaimEventAsync(request.EventId, now, leaseUntil, cancellationToken).ConfigureAwait(false);
        if (claim != EventClaim.Claimed)
        {
            return new GateDecision(GateVerdict.SkipDuplicate, request.EventId, 0, []);
        }

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

    /// <summary>Records a finished reconcile: its applied fixes, whether it found the organization healthy, and the event as done.</summary>
    public async Task RecordOutcomeAsync(GateDecision decision, ReconcileResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(result);
        var now = time.GetUtcNow();
        var foundHealthy = result.Plan.Count == 0;
        if (foundHealthy || result.FixesApplied > 0)
        {
            await store.UpdateStateAsync(
                s => (foundHealthy ? s.WithHealthyAt(now) : s).WithFixes(now, result.FixesApplied).Prune(now - options.FlapWindow, options.MaxActorsKept),
                cancellationToken).ConfigureAwait(false);
        }

        await store.CompleteEventAsync(decision.EventId, now + options.EventRetention, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records a failed reconcile: the fixes that did apply still count for the flap guard, and the event is
    /// released so Lambda's retry of it runs.
    /// </summary>
    public async Task RecordFailureAsync(GateDecision decision, IReadOnlyList<AppliedAction> applied, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(applied);
        var now = time.GetUtcNow();
        var fixes = applied.Count(a => a.Outcome == ActionOutcome.Applied);
        if (fixes > 0)
        {
            await store.UpdateStateAsync(s => s.WithFixes(now, fixes).Prune(now - options.FlapWindow, options.MaxActorsKept), cancellationToken).ConfigureAwait(false);
        }

        await store.ReleaseEventAsync(decision.EventId, cancellationToken).ConfigureAwait(false);
    }

    internal static GateDecision Decide(GateRequest request, HealerState state, DateTimeOffset now, SafetyOptions options)
    {
        if (request.Trigger == ReconcileTrigger.ErrorSignal
            && state.LastHealthyAt is { } healthyAt
            && now - healthyAt < options.CoalesceWindow)
        {
            return new GateDecision(GateVerdict.SkipCoalesced, request.EventId, 0, []);
        }

        var windowStart = now - options.FlapWindow;
        var fixes = state.FixesSince(windowStart);
        return fixes >= options.MaxFixesPerHour
            ? new GateDecision(GateVerdict.RunWritesSuspended, request.EventId, fixes, state.ActorsSince(windowStart))
            : new GateDecision(GateVerdict.Run, request.EventId, fixes, []);
    }
}
