using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Safety;

/// <summary>
/// The reconcile behind the gate, for one event: skips duplicates and coalesced symptoms, switches to report mode
/// while the flap guard is tripped, and records every outcome. A failure to record is reported to
/// <see cref="IStateStoreFaults"/>, never thrown over the reconcile's own result or error.
/// </summary>
internal sealed class GuardedReconciler(ReconcileGate gate, Reconciler reconciler, IStateStoreFaults faults)
{
    /// <exception cref="ReconcileException">
    /// As <see cref="Reconciler.ReconcileAsync"/>. A terminal failure has completed the event; a transient one has
    /// released it for a retry.
    /// </exception>
    public async Task<GuardedOutcome> RunAsync(GateRequest request, PolicySet set, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(set);
        var decision = await gate.DecideAsync(request, cancellationToken).ConfigureAwait(false);
        if (!decision.ShouldReconcile)
        {
            return new GuardedOutcome(decision, null);
        }

        var effective = decision.FlapGuardTripped ? set.WithMode(HealerMode.Report) : set;
        SetReconcileResult result;
        try
        {
            result = await reconciler.ReconcileAsync(effective, request.EventId, cancellationToken).ConfigureAwait(false);
        }
        catch (ReconcileException e)
        {
            await StateStoreWrites.RecordAsync(() => gate.RecordFailureAsync(decision, e, CancellationToken.None), "recording the failed reconcile", faults).ConfigureAwait(false);
            throw;
        }
        catch (Exception)
        {
            await StateStoreWrites.RecordAsync(() => gate.ReleaseAsync(decision, CancellationToken.None), "releasing the event after a crash", faults).ConfigureAwait(false);
            throw;
        }

        await StateStoreWrites.RecordAsync(() => gate.RecordOutcomeAsync(decision, result, CancellationToken.None), "recording the reconcile's outcome", faults).ConfigureAwait(false);
        return new GuardedOutcome(decision, result);
    }
}

/// <summary>The gate's decision and, when it let the event through, the reconcile's result.</summary>
public sealed record GuardedOutcome(GateDecision Decision, SetReconcileResult? Result);
