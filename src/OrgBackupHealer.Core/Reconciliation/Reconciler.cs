using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// Observe → plan → apply for a policy set. Healthy state costs only reads; report-mode entries never write; before
/// the first write of a reconcile the whole set is snapshotted once. BACKUP_POLICY is enabled on the root first (it
/// serves every entry); then each entry is applied on its own, so one entry's failure (an ownership conflict, a
/// document Organizations refuses, throttling that outlasts the retries) is that entry's result and never stops
/// another's repair. After a plan that had to enable BACKUP_POLICY it reads once more (the enable can race with a
/// disable still completing) and applies what is still missing, once.
/// </summary>
public sealed class Reconciler
{
    private const string ReadingStep = "Reading the organization";

    private readonly StateObserver _observer;
    private readonly PlanExecutor _executor;
    private readonly IReconcileMetrics _metrics;
    private readonly ISnapshotSink _snapshots;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private Dictionary<string, string> _learnt = new(StringComparer.Ordinal);

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

    /// <summary>
    /// Each entry's policy id as the last completed reconcile of this instance found or created it, by entry key. A
    /// host that keeps one reconciler between invocations (the Lambda's warm execution environment) starts each
    /// reconcile from them, so a healthy one costs one DescribePolicy per entry instead of a listing; the classifier
    /// matches drift events against them.
    /// </summary>
    public IReadOnlyDictionary<string, string> KnownPolicyIds
    {
        get
        {
            lock (_lock)
            {
                return _learnt;
            }
        }
    }

    /// <summary>The ids of <see cref="KnownPolicyIds"/>: what the classifier matches drift events against.</summary>
    public IReadOnlyCollection<string> KnownPolicyIdValues
    {
        get
        {
            lock (_lock)
            {
                return _learnt.Values;
            }
        }
    }

    /// <param name="trigger">What caused this run (an event id, "schedule", "cli"); recorded in the snapshot.</param>
    /// <exception cref="ReconcileException">
    /// The set as a whole failed (the organization could not be read, the snapshot not saved, the root's policy type
    /// not enabled), with its diagnosis: terminal (report it) or transient (retry). An entry's own failure is in its
    /// <see cref="EntryOutcome"/> instead.
    /// </exception>
    public Task<SetReconcileResult> ReconcileAsync(PolicySet set, string trigger, CancellationToken cancellationToken) =>
        ReconcileAsync(set, trigger, null, cancellationToken);

    /// <summary>
    /// As <see cref="ReconcileAsync(PolicySet, string, CancellationToken)"/>, but an enforce-mode entry writes only when
    /// <paramref name="writeOnlyIf"/> accepts what was observed for it; otherwise it is planned and reported as in
    /// approve mode (an approval whose organization changed since the proposal was planned).
    /// </summary>
    public async Task<SetReconcileResult> ReconcileAsync(
        PolicySet set, string trigger, Func<DesiredState, ObservedState, bool>? writeOnlyIf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        var run = new SetRun(set, trigger, this, writeOnlyIf);
        var result = await run.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        Learn(result);
        return result;
    }

    /// <summary>
    /// A set of one: the entry's result with the root's policy type folded in, as the single-policy hosts and tests
    /// read it. The entry's failure is thrown.
    /// </summary>
    /// <param name="knownPolicyId">An id to start from instead of the one learnt earlier.</param>
    /// <exception cref="ReconcileException">The reconcile or the entry failed.</exception>
    public async Task<ReconcileResult> ReconcileAsync(DesiredState desired, string trigger, CancellationToken cancellationToken, string? knownPolicyId = null)
    {
        ArgumentNullException.ThrowIfNull(desired);
        if (knownPolicyId is not null)
        {
            Remember(desired.Key, knownPolicyId);
        }

        var set = await ReconcileAsync(PolicySet.Of(desired), trigger, cancellationToken).ConfigureAwait(false);
        if (set.OnlyEntryFailure is { } failure)
        {
            throw failure;
        }

        var result = set.Entries[0].Result!;
        return result with
        {
            Plan = [.. set.SharedPlan, .. result.Plan],
            Applied = [.. set.SharedApplied, .. result.Applied],
            Snapshot = result.Snapshot ?? set.Snapshot,
        };
    }

    /// <summary>Starts an entry from an id learnt elsewhere (a test that rebuilds the reconciler around a new port).</summary>
    internal void Remember(string key, string? policyId)
    {
        if (policyId is null)
        {
            return;
        }

        lock (_lock)
        {
            _learnt = new Dictionary<string, string>(_learnt, StringComparer.Ordinal) { [key] = policyId };
        }
    }

    private void Learn(SetReconcileResult result)
    {
        lock (_lock)
        {
            var learnt = new Dictionary<string, string>(_learnt, StringComparer.Ordinal);
            foreach (var (key, id) in result.ManagedPolicyIds)
            {
                learnt[key] = id;
            }

            // A policy that lost its tags, or an entry whose identity is in question, starts from a listing next time.
            foreach (var failed in result.Entries.Where(e => e.Failure?.Diagnosis.Reason is FailureReasons.OwnershipLost or FailureReasons.AmbiguousPolicy))
            {
                learnt.Remove(failed.Key);
            }

            _learnt = learnt;
        }
    }

    /// <summary>One reconcile of a set: what it observed, planned and did so far, entry by entry.</summary>
    private sealed class SetRun(PolicySet set, string trigger, Reconciler owner, Func<DesiredState, ObservedState, bool>? writeOnlyIf)
    {
        private readonly List<AppliedAction> _allApplied = [];
        private readonly ReconcileException?[] _failures = new ReconcileException?[set.Entries.Count];
        private readonly List<List<PlannedAction>> _planned = [];
        private readonly List<ApplyProgress> _progress = [];
        private IReadOnlyList<ObservedState> _observed = [];
        private ApplyProgress? _sharedProgress;
        private SnapshotReceipt? _snapshot;
        private bool _typeEnabled;
        private HealerMode[] _modes = [];

        private bool Enforcing => Enumerable.Range(0, set.Entries.Count).Any(Enforces);

        public async Task<SetReconcileResult> ExecuteAsync(CancellationToken cancellationToken)
        {
            _observed = await ObserveAsync(owner.KnownPolicyIds, cancellationToken).ConfigureAwait(false);
            _modes = [.. set.Entries.Select((entry, i) =>
                entry.Mode == HealerMode.Enforce && writeOnlyIf is not null && !writeOnlyIf(entry, _observed[i]) ? HealerMode.Approve : entry.Mode)];
            var root = _observed[0].Root;
            _typeEnabled = root.BackupPolicyStatus == PolicyTypeStatus.Enabled;
            var shared = ReconcilePlanner.PlanTypeEnable(root);
            for (var i = 0; i < set.Entries.Count; i++)
            {
                _planned.Add([.. ReconcilePlanner.PlanEntry(set.Entries[i], _observed[i])]);
                _progress.Add(new ApplyProgress(_observed[i].ManagedPolicy, _typeEnabled, "Saving the snapshot", Record));
            }

            ReportDrift(shared);
            var sharedProgress = _sharedProgress = new ApplyProgress(null, _typeEnabled, "Saving the snapshot", Record);
            var writes = (Enforcing ? shared.Count : 0) + Enumerable.Range(0, set.Entries.Count).Where(Enforces).Sum(i => _planned[i].Count);
            if (writes == 0 && Enumerable.Range(0, set.Entries.Count).Any(i => Proposes(i) && _planned[i].Count > 0))
            {
                // A proposal names the snapshot a rollback of its approval would start from.
                await SaveSnapshotAsync(root, cancellationToken).ConfigureAwait(false);
            }

            if (writes > 0)
            {
                await SaveSnapshotAsync(root, cancellationToken).ConfigureAwait(false);
                await EnableTypeAsync(Enforcing ? shared : [], sharedProgress, cancellationToken).ConfigureAwait(false);
                var firstPass = _planned.Select(p => (IReadOnlyList<PlannedAction>)[.. p]).ToList();
                await ApplyEntriesAsync(firstPass, cancellationToken).ConfigureAwait(false);
                if (Enforcing && shared.Count > 0)
                {
                    await SecondPassAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            return Finish(root, shared, sharedProgress);
        }

        private bool Enforces(int index) => _modes[index] == HealerMode.Enforce;

        private bool Proposes(int index) => _modes[index] == HealerMode.Approve;

        private async Task<IReadOnlyList<ObservedState>> ObserveAsync(IReadOnlyDictionary<string, string> known, CancellationToken cancellationToken)
        {
            try
            {
                return await owner._observer.ObserveAsync(set, known, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (ReconcileFailures.IsExpected(e))
            {
                CountHealingRun();
                throw new ReconcileException(OperatorGuidance.Diagnose(ReadingStep, e), _allApplied, _snapshot, e);
            }
        }

        private void ReportDrift(IReadOnlyList<PlannedAction> shared)
        {
            var reported = Enumerable.Range(0, set.Entries.Count).Where(i => !Enforces(i)).SelectMany(i => _planned[i]);
            foreach (var action in (Enforcing ? [] : shared).Concat(reported))
            {
                owner._metrics.DriftDetected(action.FixType, action.PolicyDimension);
            }
        }

        private async Task SaveSnapshotAsync(OrganizationRoot root, CancellationToken cancellationToken)
        {
            try
            {
                _snapshot = await owner._snapshots.SaveAsync(Snapshot(root), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (ReconcileFailures.IsExpected(e))
            {
                throw new ReconcileException(OperatorGuidance.Diagnose("Saving the snapshot", e), _allApplied, _snapshot, e);
            }
        }

        private async Task EnableTypeAsync(IReadOnlyList<PlannedAction> shared, ApplyProgress progress, CancellationToken cancellationToken)
        {
            try
            {
                await owner._executor.ApplyAsync(set, set.Entries[0], shared, progress, cancellationToken).ConfigureAwait(false);
                _typeEnabled = progress.TypeEnabled;
            }
            catch (Exception e) when (ReconcileFailures.IsExpected(e))
            {
                CountHealingRun();
                throw new ReconcileException(OperatorGuidance.Diagnose(progress.Step, e), _allApplied, _snapshot, e);
            }
        }

        private async Task ApplyEntriesAsync(List<IReadOnlyList<PlannedAction>> plans, CancellationToken cancellationToken)
        {
            for (var i = 0; i < set.Entries.Count; i++)
            {
                if (Enforces(i) && plans[i].Count > 0 && _failures[i] is null)
                {
                    _failures[i] = await ApplyEntryAsync(i, plans[i], cancellationToken).ConfigureAwait(false);
                }
            }
        }

        /// <returns>The entry's failure, or null when its plan was applied.</returns>
        private async Task<ReconcileException?> ApplyEntryAsync(int index, IReadOnlyList<PlannedAction> plan, CancellationToken cancellationToken)
        {
            var progress = _progress[index];
            progress.TypeEnabled = _typeEnabled;
            try
            {
                await owner._executor.ApplyAsync(set, set.Entries[index], plan, progress, cancellationToken).ConfigureAwait(false);
                return null;
            }
            catch (Exception e) when (ReconcileFailures.IsExpected(e))
            {
                return new ReconcileException(OperatorGuidance.Diagnose(progress.Step, e), progress.Applied, _snapshot, e);
            }
            catch (OwnershipLostException e)
            {
                return new ReconcileException(new Diagnosis(FailureKind.Terminal, FailureReasons.OwnershipLost, e.Message), progress.Applied, _snapshot, null);
            }
            finally
            {
                _typeEnabled = progress.TypeEnabled;
            }
        }

        /// <summary>After an enable, reads once more and applies what is still missing, once, for the entries that did not fail.</summary>
        private async Task SecondPassAsync(CancellationToken cancellationToken)
        {
            var known = Enumerable.Range(0, set.Entries.Count)
                .Where(i => _progress[i].PolicyId is not null)
                .ToDictionary(i => set.Entries[i].Key, i => _progress[i].PolicyId!.Value, StringComparer.Ordinal);
            var after = await ObserveAsync(known, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < set.Entries.Count; i++)
            {
                if (!Enforces(i) || _failures[i] is not null)
                {
                    continue;
                }

                var progress = _progress[i];
                var secondPass = ReconcilePlanner.PlanEntry(set.Entries[i], after[i])
                    .Where(a => !(a.Type == ActionType.AttachPolicy && progress.Unreachable.Any(u => u.TargetId == a.Target)))
                    .ToList();
                if (secondPass.Count > 0)
                {
                    _planned[i].AddRange(secondPass);
                    _failures[i] = await ApplyEntryAsync(i, secondPass, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        /// <summary>
        /// One healing run for a reconcile that wrote, however many entries it repaired: the spike alarm counts
        /// incidents, as the flap guard does. The entries it wrote to go with it, for the per-policy series.
        /// </summary>
        private void CountHealingRun()
        {
            var wrote = Enumerable.Range(0, _progress.Count).Where(i => _progress[i].Wrote).Select(i => set.Entries[i].Key).ToList();
            if (wrote.Count == 0 && _sharedProgress?.Wrote == true)
            {
                wrote.Add(PlannedAction.WholeSet);
            }

            if (wrote.Count > 0)
            {
                owner._metrics.HealingRun(wrote);
            }
        }

        private SetReconcileResult Finish(OrganizationRoot root, IReadOnlyList<PlannedAction> shared, ApplyProgress sharedProgress)
        {
            CountHealingRun();
            var entries = new List<EntryOutcome>();
            for (var i = 0; i < set.Entries.Count; i++)
            {
                entries.Add(Outcome(i));
            }

            return new SetReconcileResult(root, shared, sharedProgress.Applied, entries, _snapshot);
        }

        private EntryOutcome Outcome(int index)
        {
            var entry = set.Entries[index];
            var observed = _observed[index];
            if (observed.IdentityProblem is { } problem)
            {
                return new EntryOutcome(entry.Key, null, new ReconcileException(problem, [], _snapshot, null));
            }

            if (_failures[index] is { } failure)
            {
                return new EntryOutcome(entry.Key, null, failure);
            }

            var progress = _progress[index];
            var unreachable = observed.UnreachableTargets.Concat(progress.Unreachable).DistinctBy(u => u.TargetId, StringComparer.Ordinal).ToList();
            foreach (var target in unreachable)
            {
                owner._metrics.TargetUnreachable(target.Reason, entry.Key);
            }

            var plan = _planned[index];
            var snapshot = progress.Wrote || (Proposes(index) && plan.Count > 0) ? _snapshot : null;
            var result = new ReconcileResult(_modes[index], observed, plan, progress.Applied, unreachable, snapshot)
            {
                ManagedPolicyId = progress.PolicyId?.Value ?? observed.ManagedPolicy?.Summary.Id,
                Key = entry.Key,
            };
            return new EntryOutcome(entry.Key, result, null);
        }

        private void Record(AppliedAction action)
        {
            _allApplied.Add(action);
            if (action.Outcome == ActionOutcome.Applied)
            {
                owner._metrics.AutoFix(action.Action.FixType, action.Action.PolicyDimension);
            }
        }

        private StateSnapshot Snapshot(OrganizationRoot root)
        {
            var policies = set.Entries.Select((entry, i) => new PolicySnapshot(
                entry.Key,
                _observed[i].ManagedPolicy?.Summary.Name ?? entry.PolicyName,
                _observed[i].ManagedPolicy?.Summary.Id,
                _observed[i].ManagedPolicy?.Content,
                [.. _observed[i].Attachments.Select(a => a.TargetId)])).ToList();
            var first = policies[0];
            return new StateSnapshot(
                owner._time.GetUtcNow(),
                trigger,
                root.Id,
                root.BackupPolicyStatus is { } status ? PolicyTypeStatusNames.ToWire(status) : null,
                first.PolicyName,
                first.PolicyId,
                first.PolicyContent,
                first.AttachedTargetIds)
            {
                OrganizationId = root.OrganizationId,
                ManagementAccountId = root.ManagementAccountId,
                Owner = set.Owner,
                Policies = policies,
            };
        }
    }
}

/// <summary>How the reconciler waits for an asynchronous EnablePolicyType.</summary>
public sealed record ReconcilerOptions
{
    /// <summary>First wait between ListRoots polls while BACKUP_POLICY is PENDING_ENABLE; doubles up to the max.</summary>
    public TimeSpan EnablePollInitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan EnablePollMaxDelay { get; init; } = TimeSpan.FromSeconds(8);
}
