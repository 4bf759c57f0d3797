using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Safety;

/// <summary>
/// The reconcile behind the gate: skips duplicates and coalesced symptoms, switches to report mode while the
/// flap guard is tripped, and records every outcome. Hosts call this instead of <see cref="Reconciler"/>.
/// </summary>
public sealed class GuardedReconciler(ReconcileGate gate, Reconciler reconciler)
{
    /// <param name="knownPolicyId">The managed policy's id from an earlier reconcile of this host, if any.</param>
    /// <exception cref="ReconcileException">
    /// As <see cref="Reconciler.ReconcileAsync"/>. A terminal failure has completed the event; a transient one has
    /// released it for a retry.
    /// </exception>
    public async Task<GuardedOutcome> RunAsync(GateRequest request, DesiredState desired, CancellationToken cancellationToken, string? knownPolicyId = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(desired);
        var decision = await gate.DecideAsync(request, cancellationToken).ConfigureAwait(false);
        if (!decision.ShouldReconcile)
        {
            return new GuardedOutcome(decision, null);
        }

        var effective = decision.FlapGuardTripped ? desired with { Mode = HealerMode.Report } : desired;
        ReconcileResult result;
        try
        {
            result = await reconciler.ReconcileAsync(effective, request.EventId, cancellationToken, knownPolicyId).ConfigureAwait(false);
        }
        catch (ReconcileException e)
        {
            await RecordQuietlyAsync(() => gate.RecordFailureAsync(decision, e, CancellationToken.None)).ConfigureAwait(false);
            throw;
        }
        catch (Exception)
        {
            await RecordQuietlyAsync(() => gate.ReleaseAsync(decision, CancellationToken.None)).ConfigureAwait(false);
            throw;
        }

        await gate.RecordOutcomeAsync(decision, result, cancellationToken).ConfigureAwait(false);
        return new GuardedOutcome(decision, result);
    }

    /// <summary>
    /// Runs even when the invocation's token is cancelled (the deadline is the usual cause). A failure here must
    /// not hide the reconcile's error; the in-progress lease ends at the deadline anyway.
    /// </summary>
    private static async Task RecordQuietlyAsync(Func<Task> record)
    {
        try
        {
            await record().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Any store failure is secondary to the reconcile error being rethrown.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
