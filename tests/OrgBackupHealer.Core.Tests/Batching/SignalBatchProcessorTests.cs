using OrgBackupHealer.Core.Batching;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Tests.Batching;

/// <summary>
/// One reconcile per batch at most, and state-table requests per batch, not per record; every record accounted for
/// (docs/architecture.md, "Buffered error signals").
/// </summary>
public sealed class SignalBatchProcessorTests
{
    [Fact]
    public async Task RepairsOnceForAThousandErrorSignalsWithThreeStateTableRequests()
    {
        // Arrange
        var rig = new BatchRig();
        var batch = rig.ErrorSignals(1_000, rig.Now.AddSeconds(-20), TimeSpan.FromMilliseconds(20)).ToArray();

        // Act
        var result = await rig.ProcessAsync(batch);

        // Assert: one state read to decide, one read-and-write to record the healing run.
        Assert.Equal(ReconcileOutcome.Repaired, result.Reconcile!.Outcome);
        Assert.Equal(1_000, result.Count(BatchRecordOutcome.Reconciled));
        Assert.True(rig.IsAttachedToRoot);
        Assert.Equal(1, rig.Organization.TotalWrites);
        Assert.Equal(3, rig.Store.Requests);
        Assert.Equal(0, rig.Store.Claims);
        Assert.Empty(result.RetriedMessageIds);
    }

    [Fact]
    public async Task CoalescesABatchOfSymptomsThatHappenedInsideTheWindowAfterAHealthyReconcileWithOneStateRead()
    {
        // Arrange: the organization is healthy and a reconcile said so; the next batch arrives 10 s later.
        var rig = new BatchRig(broken: false);
        await rig.ProcessAsync(rig.Events.ErrorSignal(rig.Now));
        rig.Time.Advance(TimeSpan.FromSeconds(10));
        var (calls, requests) = (rig.Organization.TotalCalls, rig.Store.Requests);

        // Act
        var result = await rig.ProcessAsync([.. rig.ErrorSignals(500, rig.Now.AddSeconds(-5), TimeSpan.FromMilliseconds(10))]);

        // Assert
        Assert.Null(result.Reconcile);
        Assert.Equal(500, result.Count(IgnoreReason.Coalesced));
        Assert.All(result.Records, r => Assert.Equal(IgnoreReason.Coalesced, r.IgnoredReason));
        Assert.Equal(calls, rig.Organization.TotalCalls);
        Assert.Equal(requests + 1, rig.Store.Requests);
    }

    [Fact]
    public async Task JudgesABufferedBatchByWhenItsSymptomsHappenedNotByWhenItWasDelivered()
    {
        // Arrange: healthy at t0, window 60 s; symptoms of t0+30..50 s reach the function at t0+90 s (batching delay,
        // or a throttled batch the queue delivered again), when a direct event would no longer be coalesced.
        var rig = new BatchRig(broken: false);
        var settled = rig.Now;
        await rig.ProcessAsync(rig.Events.ErrorSignal(settled));
        rig.Time.Advance(TimeSpan.FromSeconds(90));
        var calls = rig.Organization.TotalCalls;

        // Act
        var late = await rig.ProcessAsync([.. rig.ErrorSignals(20, settled.AddSeconds(30), TimeSpan.FromSeconds(1))]);
        var callsAfterLate = rig.Organization.TotalCalls;
        var fresh = await rig.ProcessAsync(rig.Events.ErrorSignal(rig.Now));

        // Assert: the late batch costs no call; a symptom that happened now reconciles.
        Assert.Equal(20, late.Count(IgnoreReason.Coalesced));
        Assert.Equal(calls, callsAfterLate);
        Assert.Equal(ReconcileOutcome.Healthy, fresh.Reconcile!.Outcome);
    }

    [Fact]
    public async Task ASymptomStampedLaterThanNowIsJudgedAsHappeningNow()
    {
        // Arrange: healthy at t0, window 60 s; at t0+10 s a batch arrives whose symptom claims to be from t0+2 min
        // (the sender's clock is ahead).
        var rig = new BatchRig(broken: false);
        var settled = rig.Now;
        await rig.ProcessAsync(rig.Events.ErrorSignal(settled));
        rig.Time.Advance(TimeSpan.FromSeconds(10));

        // Act
        var result = await rig.ProcessAsync(rig.Events.ErrorSignal(settled.AddMinutes(2)));

        // Assert: a clock ahead of ours gains nothing; the symptom is inside the window.
        Assert.Equal(IgnoreReason.Coalesced, Assert.Single(result.Records).IgnoredReason);
    }

    [Fact]
    public async Task ReconcilesABatchWhoseNewestSymptomHappenedAfterTheWindow()
    {
        // Arrange
        var rig = new BatchRig(broken: false);
        var settled = rig.Now;
        await rig.ProcessAsync(rig.Events.ErrorSignal(settled));
        rig.Time.Advance(TimeSpan.FromSeconds(80));

        // Act: most of the batch is old, its last record is not.
        var result = await rig.ProcessAsync(
            [.. rig.ErrorSignals(10, settled.AddSeconds(5), TimeSpan.FromSeconds(1)), rig.Events.ErrorSignal(settled.AddSeconds(61))]);

        // Assert
        Assert.NotNull(result.Reconcile);
        Assert.Equal(11, result.Count(BatchRecordOutcome.Reconciled));
    }

    [Fact]
    public async Task DriftInsideACoalescedBatchStillReconcilesAndClaimsItsEventId()
    {
        // Arrange: inside the window after a healthy reconcile, someone detaches the policy; the drift event lands in a batch.
        var rig = new BatchRig(broken: false);
        await rig.ProcessAsync(rig.Events.ErrorSignal(rig.Now));
        rig.Time.Advance(TimeSpan.FromSeconds(5));
        rig.DetachFromRoot();
        var drift = rig.Events.Drift(rig.Now, rig.PolicyId);

        // Act
        var result = await rig.ProcessAsync(rig.Events.ErrorSignal(rig.Now), drift, rig.Events.ErrorSignal(rig.Now));
        var redelivered = await rig.ProcessAsync(rig.Events.Again(drift));

        // Assert
        Assert.Equal(ReconcileOutcome.Repaired, result.Reconcile!.Outcome);
        Assert.Equal(3, result.Count(BatchRecordOutcome.Reconciled));
        Assert.True(rig.IsAttachedToRoot);
        Assert.Equal(IgnoreReason.Duplicate, Assert.Single(redelivered.Records).IgnoredReason);
        Assert.Null(redelivered.Reconcile);
    }

    [Fact]
    public async Task ErrorSignalsSeenInAnEarlierBatchOrEarlierInTheSameBatchAreDuplicates()
    {
        // Arrange
        var rig = new BatchRig();
        var first = rig.Events.ErrorSignal(rig.Now);
        await rig.ProcessAsync(first);
        var second = rig.Events.ErrorSignal(rig.Now);
        var (calls, requests) = (rig.Organization.TotalCalls, rig.Store.Requests);

        // Act
        var result = await rig.ProcessAsync(rig.Events.Again(first), second, rig.Events.Again(second));

        // Assert: the two duplicates cost nothing; the one new symptom is judged (and reconciles: a repair opens no window).
        Assert.Equal(
            ["duplicate", "reconciled", "duplicate"],
            result.Records.Select(r => r.OutcomeName));
        Assert.Equal(calls + 3, rig.Organization.TotalCalls);
        Assert.Equal(requests + 3, rig.Store.Requests);
    }

    [Fact]
    public async Task ACoverageSignalThatReachesTheQueueIsUnrelatedToTheBatchAndCostsNoCall()
    {
        // Arrange
        var rig = new BatchRig();

        // Act
        var result = await rig.ProcessAsync(rig.Events.CoverageSignal(rig.Now));

        // Assert
        Assert.Equal([IgnoreReason.Unrelated], result.Records.Select(r => r.IgnoredReason));
        Assert.Equal(0, rig.Store.Requests);
        Assert.Equal(0, rig.Organization.TotalCalls);
    }

    [Fact]
    public async Task SelfUnrelatedAndInvalidRecordsAreSettledWithoutTheStateTableOrOrganizations()
    {
        // Arrange
        var rig = new BatchRig();

        // Act
        var result = await rig.ProcessAsync(rig.Events.SelfGenerated(rig.Now), rig.Events.Unrelated(rig.Now), rig.Events.Invalid());

        // Assert
        Assert.Equal([IgnoreReason.Self, IgnoreReason.Unrelated, IgnoreReason.Invalid], result.Records.Select(r => r.IgnoredReason));
        Assert.Null(result.Gate.Decision);
        Assert.Equal(0, rig.Store.Requests);
        Assert.Equal(0, rig.Organization.TotalCalls);
        Assert.Empty(result.RetriedMessageIds);
    }

    [Fact]
    public async Task TransientFailureReturnsOnlyTheRecordsTheReconcileRanForAndJudgesThemAgainOnRedelivery()
    {
        // Arrange: the attach races a policy type being disabled again (transient: a retry gets through).
        var rig = new BatchRig();
        rig.Organization.InjectFault(OrganizationsOperations.AttachPolicy, OrganizationsErrorCodes.PolicyTypeNotEnabled, message: "not enabled");
        var symptoms = new[] { rig.Events.ErrorSignal(rig.Now), rig.Events.ErrorSignal(rig.Now) };
        var self = rig.Events.SelfGenerated(rig.Now);
        var invalid = rig.Events.Invalid();

        // Act
        var failed = await rig.ProcessAsync(symptoms[0], self, invalid, symptoms[1]);
        var redelivered = await rig.ProcessAsync([.. symptoms.Select(rig.Events.Again)]);

        // Assert
        Assert.False(Assert.Single(failed.Failures).IsTerminal);
        Assert.Equal([symptoms[0].MessageId, symptoms[1].MessageId], failed.RetriedMessageIds);
        Assert.Equal(IgnoreReason.Self, failed.Records[1].IgnoredReason);
        Assert.Equal(IgnoreReason.Invalid, failed.Records[2].IgnoredReason);
        Assert.Equal(ReconcileOutcome.Repaired, redelivered.Reconcile!.Outcome);
        Assert.Equal(2, redelivered.Count(BatchRecordOutcome.Reconciled));
    }

    [Fact]
    public async Task TransientFailureReleasesAClaimedDriftSoItsRedeliveryRuns()
    {
        // Arrange
        var rig = new BatchRig();
        rig.Organization.InjectFault(OrganizationsOperations.AttachPolicy, OrganizationsErrorCodes.PolicyTypeNotEnabled, message: "not enabled");
        var drift = rig.Events.Drift(rig.Now, rig.PolicyId);

        // Act
        var failed = await rig.ProcessAsync(drift);
        var redelivered = await rig.ProcessAsync(rig.Events.Again(drift));

        // Assert
        Assert.Equal([drift.MessageId], failed.RetriedMessageIds);
        Assert.Equal(BatchRecordOutcome.Reconciled, Assert.Single(redelivered.Records).Outcome);
        Assert.True(rig.IsAttachedToRoot);
    }

    [Fact]
    public async Task AReconcileThatCannotReadTheOrganizationAcknowledgesTheBatchAndRemembersItsSymptoms()
    {
        // Arrange: an SCP denies ListPolicies: the whole reconcile fails, terminally.
        var rig = new BatchRig();
        rig.Organization.InjectFault(OrganizationsOperations.ListPolicies, OrganizationsErrorCodes.AccessDenied, count: 100, message: "explicit deny in a service control policy");
        var symptom = rig.Events.ErrorSignal(rig.Now);

        // Act
        var failed = await rig.ProcessAsync(symptom);
        rig.Time.Advance(TimeSpan.FromMinutes(5));
        var again = await rig.ProcessAsync(rig.Events.Again(symptom));

        // Assert
        Assert.True(failed.Failure!.IsTerminal);
        Assert.Equal(BatchRecordOutcome.Reconciled, Assert.Single(failed.Records).Outcome);
        Assert.Empty(failed.RetriedMessageIds);
        Assert.Equal(IgnoreReason.Duplicate, Assert.Single(again.Records).IgnoredReason);
    }

    [Fact]
    public async Task AReconcileThatCannotReadTheOrganizationForNowReturnsTheBatch()
    {
        // Arrange: BACKUP_POLICY is disabled while the reconcile reads (transient: a later try gets through).
        var rig = new BatchRig();
        rig.Organization.InjectFault(OrganizationsOperations.ListPolicies, OrganizationsErrorCodes.PolicyTypeNotEnabled, count: 100, message: "not enabled");
        var symptom = rig.Events.ErrorSignal(rig.Now);

        // Act
        var failed = await rig.ProcessAsync(symptom);

        // Assert
        Assert.False(failed.Failure!.IsTerminal);
        Assert.Equal([symptom.MessageId], failed.RetriedMessageIds);
        Assert.Null(failed.Reconcile);
    }

    [Fact]
    public async Task TerminalFailureAcknowledgesTheBatchAndOpensTheCoalescingWindow()
    {
        // Arrange: the content was edited and the healer's own UpdatePolicy is denied by an SCP: no retry can help.
        var rig = new BatchRig(broken: false);
        rig.Organization.EditPolicyContent(rig.PolicyId, """{"plans":{}}""");
        rig.Organization.InjectFault(OrganizationsOperations.UpdatePolicy, OrganizationsErrorCodes.AccessDenied, message: "explicit deny in a service control policy");

        // Act
        var failed = await rig.ProcessAsync(rig.Events.ErrorSignal(rig.Now), rig.Events.ErrorSignal(rig.Now));
        rig.Time.Advance(TimeSpan.FromSeconds(10));
        var next = await rig.ProcessAsync(rig.Events.ErrorSignal(rig.Now));

        // Assert
        Assert.True(Assert.Single(failed.Failures).IsTerminal);
        Assert.Empty(failed.RetriedMessageIds);
        Assert.Equal(2, failed.Count(BatchRecordOutcome.Reconciled));
        Assert.Equal(IgnoreReason.Coalesced, Assert.Single(next.Records).IgnoredReason);
    }

    [Fact]
    public async Task FlapGuardSuspendsTheWritesOfTheWholeBatch()
    {
        // Arrange: the limit of healing runs in the hour is reached.
        var rig = new BatchRig(new SafetyOptions { MaxHealingRunsPerHour = 1 });
        await rig.ProcessAsync(rig.Events.ErrorSignal(rig.Now));
        rig.DetachFromRoot();
        rig.Time.Advance(TimeSpan.FromMinutes(5));
        var writes = rig.Organization.TotalWrites;

        // Act
        var result = await rig.ProcessAsync(rig.Events.ErrorSignal(rig.Now), rig.Events.Drift(rig.Now, rig.PolicyId));

        // Assert
        Assert.True(result.Gate.Decision!.FlapGuardTripped);
        Assert.Equal(ReconcileOutcome.DriftReported, result.Reconcile!.Outcome);
        Assert.Equal(writes, rig.Organization.TotalWrites);
    }

    [Fact]
    public async Task WithCoalescingOffEveryBatchReconcilesOnceHoweverOldItsSymptoms()
    {
        // Arrange
        var rig = new BatchRig(new SafetyOptions { CoalesceWindow = TimeSpan.Zero }, broken: false);
        await rig.ProcessAsync(rig.Events.ErrorSignal(rig.Now));
        rig.Time.Advance(TimeSpan.FromSeconds(1));

        // Act
        var result = await rig.ProcessAsync([.. rig.ErrorSignals(50, rig.Now.AddSeconds(-30), TimeSpan.FromMilliseconds(100))]);

        // Assert
        Assert.Equal(ReconcileOutcome.Healthy, result.Reconcile!.Outcome);
        Assert.Equal(50, result.Count(BatchRecordOutcome.Reconciled));
    }

    [Fact]
    public async Task AStormOfTenThousandSymptomsInSevenBatchesCostsTwoReconcilesAndFewStateRequests()
    {
        // Arrange: 10,000 error signals from 500 accounts over 60 s, delivered in batches of at most 1,500 (the 6 MB
        // invocation payload) 10 s after the batch's first record; the policy is detached at the start.
        var rig = new BatchRig();
        var start = rig.Now;
        var storm = rig.ErrorSignals(10_000, start, TimeSpan.FromMilliseconds(6)).ToList();
        var results = new List<BatchResult>();

        // Act
        foreach (var batch in storm.Chunk(1_500))
        {
            rig.Time.SetUtcNow(start + TimeSpan.FromMilliseconds(6 * 1_500 * results.Count) + TimeSpan.FromSeconds(10));
            results.Add(await rig.ProcessAsync(batch));
        }

        // Assert: the first batch repairs, the second finds it healthy and opens the window, the rest are coalesced.
        Assert.Equal(7, results.Count);
        Assert.Equal(2, results.Count(r => r.Reconcile is not null));
        Assert.Equal(10_000, results.Sum(r => r.Records.Count));
        Assert.Equal(3_000, results.Sum(r => r.Count(BatchRecordOutcome.Reconciled)));
        Assert.Equal(7_000, results.Sum(r => r.Count(IgnoreReason.Coalesced)));
        Assert.Equal((3 * 2) + 5, rig.Store.Requests);
        Assert.Equal(1, rig.Organization.TotalWrites);
    }
}
