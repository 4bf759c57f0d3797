using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// One reconcile of a whole policy set: the root's policy type (<see cref="SharedPlan"/>, <see cref="SharedApplied"/>),
/// then each entry on its own, completed or failed. One entry's failure never stopped another's repair; a failure of
/// the set as a whole (the organization could not be read, the snapshot could not be saved) is thrown instead.
/// </summary>
public sealed record SetReconcileResult(
    OrganizationRoot Root,
    IReadOnlyList<PlannedAction> SharedPlan,
    IReadOnlyList<AppliedAction> SharedApplied,
    IReadOnlyList<EntryOutcome> Entries,
    SnapshotReceipt? Snapshot)
{
    public IReadOnlyList<ReconcileResult> Completed => [.. Entries.Select(e => e.Result).OfType<ReconcileResult>()];

    public IReadOnlyList<ReconcileException> Failures => [.. Entries.Select(e => e.Failure).OfType<ReconcileException>()];

    /// <summary>An entry failed in a way a retry may fix: the host fails the invocation (or returns the batch) so it runs again.</summary>
    public bool HasTransientFailure => Failures.Any(f => !f.IsTerminal);

    /// <summary>At least one write changed the organization (a healing run, for the flap guard).</summary>
    public bool Healed =>
        SharedApplied.Concat(Completed.SelectMany(r => r.Applied)).Concat(Failures.SelectMany(f => f.Applied)).Any(a => a.Outcome == ActionOutcome.Applied);

    public bool DriftFound => SharedPlan.Count > 0 || Completed.Any(r => r.DriftFound);

    /// <summary>
    /// Failed when every entry failed; DriftReported when drift was only reported; Degraded when an entry failed or a
    /// target is unreachable; Repaired when something was fixed; else Healthy.
    /// </summary>
    public ReconcileOutcome Outcome =>
        Completed.Count == 0 && Failures.Count > 0 ? ReconcileOutcome.Failed
        : Completed.Any(r => r.Outcome == ReconcileOutcome.DriftReported) ? ReconcileOutcome.DriftReported
        : Failures.Count > 0 || Completed.Any(r => r.Outcome == ReconcileOutcome.Degraded) ? ReconcileOutcome.Degraded
        : DriftFound ? ReconcileOutcome.Repaired
        : ReconcileOutcome.Healthy;

    /// <summary>Every unreachable target, with the entry it belongs to.</summary>
    public IEnumerable<(string Policy, UnreachableTarget Target)> UnreachableTargets =>
        Completed.SelectMany(r => r.UnreachableTargets.Select(u => (r.Key, u)));

    /// <summary>
    /// For a set of one whose entry failed: that failure with the root's writes folded in, as a single-policy host reports
    /// it (the whole run failed); null otherwise.
    /// </summary>
    public ReconcileException? OnlyEntryFailure => Entries is [{ Failure: { } failure }]
        ? new ReconcileException(failure.Diagnosis, [.. SharedApplied, .. failure.Applied], failure.Snapshot ?? Snapshot, failure.InnerException)
        : null;

    /// <summary>The policy id of each entry after this reconcile, for the next one to start from.</summary>
    public IReadOnlyDictionary<string, string> ManagedPolicyIds =>
        Completed.Where(r => r.ManagedPolicyId is not null).ToDictionary(r => r.Key, r => r.ManagedPolicyId!, StringComparer.Ordinal);
}

/// <summary>One entry of a set's reconcile: its result, or why it stopped.</summary>
public sealed record EntryOutcome(string Key, ReconcileResult? Result, ReconcileException? Failure);
