using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// Observe → plan → apply for the managed backup policy. Healthy state costs only reads; report mode never
/// writes; enforce mode snapshots the observed state before its first write and reports each fix.
/// </summary>
public sealed class Reconciler
{
    private readonly StateObserver _observer;
    private readonly PlanExecutor _executor;
    private readonly IReconcileMetrics _metrics;
    private readonly ISnapshotSink _snapshots;
    private readonly TimeProvider _time;

    public Reconciler(
        IOrganizationsPort organizations,
        IReconcileMetrics metrics,
        ISnapshotSink snapshots,
        TimeProvider time,
        ReconcilerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        _observer = new StateObserver(organizations);
        _executor = new PlanExecutor(organizations, _observer, time, options ?? new ReconcilerOptions());
        _metrics = metrics;
        _snapshots = snapshots;
        _time = time;
    }

    /// <param name="trigger">What caused this run (an event id, "schedule", "cli"); recorded in the snapshot.</param>
    /// <exception cref="ReconcileException">A non-retryable error, retries exhausted, or the deadline passed.</exception>
    public async Task<ReconcileResult> ReconcileAsync(DesiredState desired, string trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ObservedState observed;
        try
        {
            observed = await _observer.ObserveAsync(desired, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OrganizationsException or OperationCanceledException)
        {
            throw new ReconcileException(OperatorGuidance.Explain("Reading the organization", e), [], e);
        }

        var plan = ReconcilePlanner.Plan(desired, observed);
        if (plan.Count == 0)
        {
            return new ReconcileResult(desired.Mode, observed, plan, []);
        }

        if (desired.Mode == HealerMode.Report)
        {
            foreach (var action in plan)
            {
                _metrics.DriftDetected(action.FixType);
            }

            return new ReconcileResult(desired.Mode, observed, plan, []);
        }

        var applied = new List<AppliedAction>();
        var step = "Saving the snapshot";
        try
        {
            await _snapshots.SaveAsync(Snapshot(desired, observed, trigger), cancellationToken).ConfigureAwait(false);
            await _executor.ApplyAsync(desired, observed, plan, a => step = a.Type.ToString(), a => Record(a, applied), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is OrganizationsException or OperationCanceledException)
        {
            throw new ReconcileException(OperatorGuidance.Explain(step, e), applied, e);
        }

        return new ReconcileResult(desired.Mode, observed, plan, applied);
    }

    private void Record(AppliedAction action, List<AppliedAction> applied)
    {
        applied.Add(action);
        if (action.Outcome == ActionOutcome.Applied)
        {
            _metrics.AutoFix(action.Action.FixType);
        }
    }

    private StateSnapshot Snapshot(DesiredState desired, ObservedState observed, string trigger) => new(
        _time.GetUtcNow(),
        trigger,
        observed.Root.Id,
        observed.BackupPolicyStatus is { } status ? PolicyTypeStatusNames.ToWire(status) : null,
        desired.PolicyName,
        observed.ManagedPolicy?.Summary.Id,
        observed.ManagedPolicy?.Content,
        observed.Attachments.Select(a => a.TargetId).ToList());
}
