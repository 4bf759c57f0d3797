using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Batching;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Pipeline;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Core.Tests.Batching;
using OrgBackupHealer.Core.Tests.Events;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Pipeline;

/// <summary>
/// The one path every event takes: a direct event and a batch go through the same classification, gate and reconcile,
/// and everything the pipeline decides reaches the report, a state-store failure included.
/// </summary>
public sealed class HealerPipelineTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 11, 27, 16, 0, 0, TimeSpan.Zero));
    private readonly SimulatedOrganization _organization = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
    private readonly FailingWritesStateStore _store = new();
    private readonly RecordingHealerReport _report = new();
    private readonly BatchEvents _events = new();

    private string PolicyId => _organization.FindPolicyId(HealerDefaults.PolicyName)!;

    [Fact]
    public async Task ADriftEventIsClassifiedReconciledAndReportedInThatOrder()
    {
        // Arrange
        _organization.DetachPolicy(PolicyId, _organization.RootId);
        var pipeline = Compose();

        // Act
        var outcome = await pipeline.HandleEventAsync(_events.Drift(_time.GetUtcNow(), PolicyId).Body, Invocation(), CancellationToken.None);

        // Assert
        Assert.Equal(ReconcileOutcome.Repaired, outcome.Result?.Outcome);
        Assert.Collection(
            _report.Entries,
            e => Assert.Equal(EventKind.DriftSignal, Assert.IsType<EventClassification>(e).Kind),
            e => Assert.Equal(ReconcileOutcome.Repaired, Assert.IsType<RecordingHealerReport.CompletedEntry>(e).Result.Outcome));
        Assert.Equal(PolicyId, pipeline.KnownPolicyIds[PolicyIdentity.DefaultKey]);
    }

    [Fact]
    public async Task AnUnrelatedEventIsIgnoredOnceWithItsReasonAndNeverReachesTheOrganization()
    {
        // Arrange
        var pipeline = Compose();

        // Act
        var outcome = await pipeline.HandleEventAsync(_events.Unrelated(_time.GetUtcNow()).Body, Invocation(), CancellationToken.None);

        // Assert
        Assert.Equal(IgnoreReason.Unrelated, outcome.IgnoredReason);
        Assert.Equal(IgnoreReason.Unrelated, Assert.Single(_report.Of<RecordingHealerReport.IgnoredEntry>()).Reason);
        Assert.Equal(0, _organization.TotalCalls);
    }

    [Fact]
    public async Task TheSameEventTwiceIsADuplicateTheGateSkips()
    {
        // Arrange
        var pipeline = Compose();
        var drift = _events.Drift(_time.GetUtcNow(), PolicyId).Body;
        await pipeline.HandleEventAsync(drift, Invocation("req-1"), CancellationToken.None);

        // Act
        var again = await pipeline.HandleEventAsync(drift, Invocation("req-2"), CancellationToken.None);

        // Assert
        Assert.Equal(IgnoreReason.Duplicate, again.IgnoredReason);
        Assert.Equal("skipped by the gate: duplicate", again.IgnoredWhy);
    }

    [Fact]
    public async Task AStateWriteThatFailsAfterARepairIsReportedAndTheRepairStillAnswered()
    {
        // Arrange: the gate only reads the state for an error signal; the write after the repair fails.
        _organization.DetachPolicy(PolicyId, _organization.RootId);
        _store.FailWrites = true;
        var pipeline = Compose();

        // Act
        var outcome = await pipeline.HandleEventAsync(_events.ErrorSignal(_time.GetUtcNow()).Body, Invocation(), CancellationToken.None);

        // Assert
        Assert.Equal(ReconcileOutcome.Repaired, outcome.Result?.Outcome);
        var failure = Assert.Single(_report.Of<RecordingHealerReport.StoreFailureEntry>());
        Assert.Equal("recording the reconcile's outcome", failure.Operation);
    }

    [Fact]
    public async Task ABatchWhoseStateWriteFailsStillAnswersEveryRecordAndReportsTheFailure()
    {
        // Arrange: a repair is needed, and the state table refuses the write that records it.
        _organization.DetachPolicy(PolicyId, _organization.RootId);
        _store.FailWrites = true;
        var pipeline = Compose();
        BatchRecord[] records = [_events.ErrorSignal(_time.GetUtcNow()), _events.Invalid()];

        // Act
        var result = await pipeline.HandleBatchAsync(records, Invocation(), CancellationToken.None);

        // Assert: no record comes back to the queue; the failure is reported, not thrown.
        Assert.Empty(result.RetriedMessageIds);
        Assert.Equal(["reconciled", "invalid"], result.Records.Select(r => r.OutcomeName));
        Assert.Single(_report.Of<RecordingHealerReport.StoreFailureEntry>());
        Assert.Same(result, _report.Entries[^1]);
    }

    [Fact]
    public async Task AScheduledEventAlsoRunsTheCoverageCheck()
    {
        // Arrange
        var pipeline = Compose(coverageShare: 0.5);

        // Act
        await pipeline.HandleEventAsync(_events.Scheduled(_time.GetUtcNow()).Body, Invocation(), CancellationToken.None);

        // Assert
        Assert.Single(_report.Of<Core.Coverage.CoverageOutcome>());
    }

    [Fact]
    public async Task AWarmPipelineRepairsADetachOfAnyEntrysPolicyNotOnlyTheFirst()
    {
        // Arrange: a scheduled reconcile creates the three tiers, so the pipeline knows every id; then the prod tier is detached.
        var organization = ThreeTierSet.EmptyOrganization();
        var pipeline = Compose(organization, ThreeTierSet.For(organization));
        await pipeline.HandleEventAsync(_events.Scheduled(_time.GetUtcNow()).Body, Invocation("req-0"), CancellationToken.None);
        var prodId = pipeline.KnownPolicyIds["prod"];
        organization.DetachPolicy(prodId, organization.TargetIdOf("Production"));

        // Act
        var outcome = await pipeline.HandleEventAsync(_events.Drift(_time.GetUtcNow(), prodId).Body, Invocation(), CancellationToken.None);

        // Assert
        Assert.Equal(EventKind.DriftSignal, outcome.Classification.Kind);
        Assert.Equal(ReconcileOutcome.Repaired, outcome.Result?.Outcome);
        var targets = await organization.ListTargetsForPolicyAsync(prodId, CancellationToken.None);
        Assert.Contains(organization.TargetIdOf("Production"), targets.Select(t => t.TargetId));
    }

    [Fact]
    public async Task ADetachOfAForeignPolicyIsUnrelatedOnlyOnceEveryEntrysIdIsKnown()
    {
        // Arrange
        var organization = ThreeTierSet.EmptyOrganization();
        var pipeline = Compose(organization, ThreeTierSet.For(organization));
        var scpDetach = Fixtures.Read("unrelated-scp-change");

        // Act: cold, nothing known; then warm, every id known.
        var cold = await pipeline.HandleEventAsync(scpDetach, Invocation("req-1"), CancellationToken.None);
        organization.ResetCounters();
        var warm = await pipeline.HandleEventAsync(scpDetach, Invocation("req-2"), CancellationToken.None);

        // Assert
        Assert.Equal(EventKind.DriftSignal, cold.Classification.Kind);
        Assert.Equal(3, pipeline.KnownPolicyIds.Count);
        Assert.Equal(EventKind.Unrelated, warm.Classification.Kind);
        Assert.Equal(0, organization.TotalCalls);
    }

    [Fact]
    public async Task ADriftEventWhoseReconcileCannotReadTheOrganizationIsReportedAsATerminalFailureNotThrown()
    {
        // Arrange: the healer may not list policies (an SCP denies it): no retry can help.
        var policyId = PolicyId;
        _organization.InjectFault(OrganizationsOperations.ListPolicies, OrganizationsErrorCodes.AccessDenied, count: 100, message: "explicit deny in a service control policy");
        var pipeline = Compose();

        // Act
        var outcome = await pipeline.HandleEventAsync(_events.Drift(_time.GetUtcNow(), policyId).Body, Invocation(), CancellationToken.None);

        // Assert
        Assert.True(outcome.Failure!.IsTerminal);
        Assert.Null(outcome.Result);
        var failed = Assert.Single(_report.Of<RecordingHealerReport.FailedEntry>());
        Assert.Same(outcome.Failure, failed.Failure);
        Assert.Equal(EventKind.DriftSignal, failed.Cause!.Kind);
    }

    [Fact]
    public async Task ADriftEventWhoseReconcileCannotReadTheOrganizationForNowIsReportedAndThrownSoLambdaRetriesIt()
    {
        // Arrange: BACKUP_POLICY is disabled while the reconcile reads (transient: a later try gets through).
        var policyId = PolicyId;
        _organization.InjectFault(OrganizationsOperations.ListPolicies, OrganizationsErrorCodes.PolicyTypeNotEnabled, count: 100, message: "not enabled");
        var pipeline = Compose();

        // Act
        var failure = await Assert.ThrowsAsync<ReconcileException>(
            () => pipeline.HandleEventAsync(_events.Drift(_time.GetUtcNow(), policyId).Body, Invocation(), CancellationToken.None));

        // Assert
        Assert.False(failure.IsTerminal);
        Assert.Same(failure, Assert.Single(_report.Of<RecordingHealerReport.FailedEntry>()).Failure);
    }

    [Fact]
    public async Task ADriftEventWhoseRepairFailsTransientlyIsThrownAfterItsResultIsReported()
    {
        // Arrange: the attach races a policy type being disabled again (transient: a retry gets through).
        var policyId = PolicyId;
        _organization.DetachPolicy(policyId, _organization.RootId);
        _organization.InjectFault(OrganizationsOperations.AttachPolicy, OrganizationsErrorCodes.PolicyTypeNotEnabled, message: "not enabled");
        var pipeline = Compose();

        // Act
        var failure = await Assert.ThrowsAsync<ReconcileException>(
            () => pipeline.HandleEventAsync(_events.Drift(_time.GetUtcNow(), policyId).Body, Invocation(), CancellationToken.None));

        // Assert
        Assert.False(failure.IsTerminal);
        Assert.Same(failure, Assert.Single(Assert.Single(_report.Of<RecordingHealerReport.CompletedEntry>()).Result.Failures));
    }

    [Fact]
    public async Task ABatchWhoseReconcileCannotReadTheOrganizationReportsTheFailureBeforeTheBatch()
    {
        // Arrange
        _organization.InjectFault(OrganizationsOperations.ListPolicies, OrganizationsErrorCodes.AccessDenied, count: 100, message: "explicit deny in a service control policy");
        var pipeline = Compose();

        // Act
        var result = await pipeline.HandleBatchAsync([_events.ErrorSignal(_time.GetUtcNow())], Invocation(), CancellationToken.None);

        // Assert
        var failed = Assert.Single(_report.Of<RecordingHealerReport.FailedEntry>());
        Assert.Same(result.Failure, failed.Failure);
        Assert.Null(failed.Cause);
        Assert.Same(result, _report.Entries[^1]);
    }

    private HealerPipeline Compose(double coverageShare = 0)
    {
        var desired = DesiredState.For(HealerDefaults.PolicyName, PolicyDocument.Parse(SamplePolicies.Shipped), [DesiredState.RootTarget], HealerMode.Enforce);
        return Compose(_organization, PolicySet.SinglePolicy(desired), coverageShare);
    }

    private HealerPipeline Compose(SimulatedOrganization organization, PolicySet set, double coverageShare = 0)
    {
        Assert.True(HealerRole.TryParse(Fixtures.HealerRoleArn, out var role));
        var settings = new PipelineSettings(set, role, new SafetyOptions(), coverageShare);
        return HealerPipeline.Compose(settings, organization, _store, new Core.Coverage.InMemoryCoverageProgressStore(), new RecordingMetrics(), new RecordingSnapshotSink(() => 0), _report, _time, new Random(7));
    }

    private InvocationContext Invocation(string requestId = "req-1") => new(requestId, _time.GetUtcNow().AddMinutes(5));
}
