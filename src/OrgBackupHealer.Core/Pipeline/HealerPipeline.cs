using OrgBackupHealer.Core.Approvals;
using OrgBackupHealer.Core.Batching;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Incidents;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Resilience;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Pipeline;

/// <summary>
/// Event → classification → gate → reconcile → report, the one path every event takes, whether a rule invoked the
/// function with it directly or the error-signal queue handed it over in a batch. Hosts parse their input, call this,
/// and write the answer; everything in between is decided here. One instance lives as long as the host's execution
/// environment, so the reconciler it holds remembers the managed policy's id between invocations.
/// </summary>
public sealed class HealerPipeline
{
    private readonly PipelineSettings _settings;
    private readonly EventClassifier _classifier;
    private readonly Reconciler _reconciler;
    private readonly GuardedReconciler _guarded;
    private readonly SignalBatchProcessor _batches;
    private readonly ScheduledCoverage _coverage;
    private readonly IHealerReport _report;
    private readonly TimeProvider _time;
    private readonly ApprovalService _approvals;
    private readonly IIncidentSink _incidents;
    private readonly IIncidentFaults _incidentFaults;
    private readonly AccountCheckLimit _accountChecks;

    private HealerPipeline(
        PipelineSettings settings,
        IOrganizationsPort organizations,
        IHealerStateStore store,
        ICoverageProgressStore coverageProgress,
        Reconciler reconciler,
        IHealerReport report,
        TimeProvider time,
        IncidentPorts incidents)
    {
        _settings = settings;
        _classifier = new EventClassifier(settings.Set.Entries.Select(entry => entry.PolicyName).ToArray(), settings.Role);
        _reconciler = reconciler;
        _guarded = new GuardedReconciler(new ReconcileGate(store, time, settings.Safety, report), reconciler, report);
        _batches = new SignalBatchProcessor(_classifier, new SignalBatchGate(store, time, settings.Safety, report), reconciler, new RecentEventIds(), report, time);
        _coverage = new ScheduledCoverage(organizations, coverageProgress, settings.CoverageShare, report, time);
        _report = report;
        _time = time;
        _approvals = new ApprovalService(reconciler, incidents.Proposals, time, settings.ProposalLifetime);
        _incidents = incidents.Sink;
        _incidentFaults = incidents.Faults;
        _accountChecks = new AccountCheckLimit(time);
    }

    /// <summary>
    /// The pipeline exactly as a host runs it: the one retry policy around the port (<paramref name="jitter"/> spreads
    /// its backoff), and a snapshot sink that reuses the last snapshot when a retried reconcile observes an unchanged
    /// organization.
    /// </summary>
    public static HealerPipeline Compose(
        PipelineSettings settings,
        IOrganizationsPort organizations,
        IHealerStateStore store,
        ICoverageProgressStore coverageProgress,
        IReconcileMetrics metrics,
        ISnapshotSink snapshots,
        IHealerReport report,
        TimeProvider time,
        Random jitter,
        IncidentPorts? incidents = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var retrying = new RetryingOrganizationsPort(organizations, time, new RetryOptions(), jitter);
        var reconciler = new Reconciler(retrying, metrics, new ReusingSnapshotSink(snapshots), time);
        return new HealerPipeline(settings, retrying, store, coverageProgress, reconciler, report, time, incidents ?? IncidentPorts.None(report));
    }

    /// <summary>Each entry's policy id as this environment last learnt it, by entry key.</summary>
    public IReadOnlyDictionary<string, string> KnownPolicyIds => _reconciler.KnownPolicyIds;

    /// <summary>One event a rule sent straight to the function (drift, the schedule, or an error signal).</summary>
    /// <exception cref="ReconcileException">A transient failure, already reported: the host fails the invocation so that Lambda retries it.</exception>
    public async Task<EventOutcome> HandleEventAsync(ReadOnlyMemory<byte> body, InvocationContext invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var outbox = new IncidentOutbox(_incidents, _incidentFaults, _settings.Set.Owner);
        try
        {
            return await HandleEventAsync(body, invocation, outbox, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Whatever the invocation came to, what it found is told once (a publishing failure is only reported).
            await outbox.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The runbook's approval (<c>{"approveProposal": "prop-…"}</c>): applies exactly that proposal under
    /// <see cref="ApprovalService"/>'s rule, or refuses, or re-plans; its incidents are published once.
    /// </summary>
    /// <exception cref="ReconcileException">The organization could not be read.</exception>
    public async Task<ApprovalResult> HandleApprovalAsync(string proposalId, string approver, CancellationToken cancellationToken)
    {
        var outbox = new IncidentOutbox(_incidents, _incidentFaults, _settings.Set.Owner);
        try
        {
            var result = await _approvals.ApproveAsync(_settings.Set, proposalId, approver, cancellationToken).ConfigureAwait(false);
            outbox.Add(result.ToPublish());
            return result;
        }
        finally
        {
            await outbox.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<EventOutcome> HandleEventAsync(ReadOnlyMemory<byte> body, InvocationContext invocation, IncidentOutbox outbox, CancellationToken cancellationToken)
    {
        var c = _classifier.Classify(body, _reconciler.KnownPolicyIdValues);
        _report.Classified(c);
        if (c.CoverageAccount is { } account)
        {
            return await CheckAccountAsync(c, account, invocation, outbox, cancellationToken).ConfigureAwait(false);
        }

        if (c.Trigger is not { } trigger)
        {
            return Ignore(c, c.IgnoredReason.GetValueOrDefault(IgnoreReason.Invalid), c.Reason);
        }

        var request = GateRequests.For(c, trigger, invocation.RequestId, invocation.Deadline, _time.GetUtcNow());
        var started = _time.GetTimestamp();
        GuardedOutcome outcome;
        try
        {
            outcome = await _guarded.RunAsync(request, _settings.Set, cancellationToken).ConfigureAwait(false);
        }
        catch (ReconcileException failure)
        {
            _report.ReconcileFailed(failure, _time.GetElapsedTime(started), c);
            if (!failure.IsTerminal)
            {
                throw;
            }

            return new EventOutcome(c) { Failure = failure };
        }

        if (outcome.Result is not { } result)
        {
            var reason = outcome.Decision.IgnoreReason.GetValueOrDefault(IgnoreReason.Duplicate);
            return Ignore(c, reason, $"skipped by the gate: {reason.MetricValue()}");
        }

        _report.ReconcileCompleted(outcome.Decision, result, _time.GetElapsedTime(started), c);
        await CollectAsync(outbox, result, outcome.Decision.FlapGuardTripped, c.Kind == EventKind.DriftSignal ? c.Principal : null, request.EventId, cancellationToken).ConfigureAwait(false);
        if (result.Failures.FirstOrDefault(f => !f.IsTerminal) is { } transient)
        {
            // The other entries are repaired and reported; this one runs again on Lambda's retry (the event was released).
            throw transient;
        }

        if (trigger == ReconcileTrigger.Scheduled)
        {
            outbox.Add(await _coverage.RunAsync(_settings.Set, invocation.Deadline, cancellationToken).ConfigureAwait(false));
        }

        return new EventOutcome(c) { Result = result };
    }

    /// <summary>An EffectivePolicyValidation event: its account's coverage now, reported as the scheduled check reports; never a write.</summary>
    private async Task<EventOutcome> CheckAccountAsync(EventClassification c, string account, InvocationContext invocation, IncidentOutbox outbox, CancellationToken cancellationToken)
    {
        if (_coverage.Share <= 0)
        {
            return Ignore(c, IgnoreReason.Unrelated, $"coverage checks are off (coverage share 0): account {account} is not checked");
        }

        if (!_accountChecks.TryTake())
        {
            return Ignore(c, IgnoreReason.Coalesced,
                $"more than {AccountCheckLimit.MaxChecks} account checks in {AccountCheckLimit.Window.TotalMinutes:0} minutes: account {account} is left to the scheduled check");
        }

        var coverage = await _coverage.RunForAccountAsync(_settings.Set, account, invocation.Deadline, cancellationToken).ConfigureAwait(false);
        outbox.Add(IncidentFactory.FromCoverage(coverage));
        return new EventOutcome(c) { Coverage = coverage };
    }

    /// <summary>A batch from the error-signal queue: at most one reconcile for all of it.</summary>
    public async Task<BatchResult> HandleBatchAsync(IReadOnlyList<BatchRecord> records, InvocationContext invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var result = await _batches.ProcessAsync(records, _settings.Set, invocation.Deadline, cancellationToken).ConfigureAwait(false);
        if (result.Gate.Decision is { } decision && result.Reconcile is { } reconcile)
        {
            _report.ReconcileCompleted(decision, reconcile, result.ReconcileDuration, null);
            var outbox = new IncidentOutbox(_incidents, _incidentFaults, _settings.Set.Owner);
            await CollectAsync(outbox, reconcile, decision.FlapGuardTripped, null, "batch", cancellationToken).ConfigureAwait(false);
            await outbox.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        else if (result.Failure is { } failure)
        {
            _report.ReconcileFailed(failure, result.ReconcileDuration, null);
        }

        _report.BatchProcessed(result);
        return result;
    }

    /// <summary>The reconcile's incidents, and the proposals of its approve-mode entries (a store failure is reported, never fails the repair).</summary>
    private async Task CollectAsync(IncidentOutbox outbox, SetReconcileResult result, bool flapGuardTripped, string? driftActor, string trigger, CancellationToken cancellationToken)
    {
        outbox.Add(IncidentFactory.FromReconcile(result, flapGuardTripped, driftActor));
        if (!_settings.Set.Entries.Any(e => e.Mode == HealerMode.Approve))
        {
            return;
        }

        try
        {
            outbox.Add(await _approvals.RecordAsync(_settings.Set, result, driftActor, trigger, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _report.StateStoreFailed("recording the proposals of approve-mode entries", e);
        }
    }

    private EventOutcome Ignore(EventClassification c, IgnoreReason reason, string why)
    {
        _report.Ignored(c, reason, why);
        return new EventOutcome(c) { IgnoredReason = reason, IgnoredWhy = why };
    }
}

/// <summary>
/// The invocation an event arrived in: its request id (Lambda keeps it across its own retries of one event, so it
/// names the attempt's owner and stands in for an event without an id) and when it must end (the claim's lease and
/// the coverage check's budget are measured against it; null when there is no deadline).
/// </summary>
public sealed record InvocationContext(string RequestId, DateTimeOffset? Deadline);
