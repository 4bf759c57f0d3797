using OrgBackupHealer.Core.Batching;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Core.Tests.Safety;

namespace OrgBackupHealer.Core.Tests.Batching;

/// <summary>
/// What a batch leaves behind for the next one: the error signals it has finished with (so their redelivery is a
/// duplicate), the cause its snapshot names, the drift actors the flap guard reports, and the claims a crash releases.
/// </summary>
public sealed class SignalBatchProcessorMemoryTests
{
    [Fact]
    public async Task ACoalescedSymptomDeliveredAgainAfterTheWindowIsADuplicate()
    {
        // Arrange: a healthy reconcile opens the window; a symptom inside it is coalesced.
        var rig = new BatchRig(broken: false);
        await rig.ProcessAsync(rig.Events.ErrorSignal(rig.Now));
        rig.Time.Advance(TimeSpan.FromSeconds(10));
        var symptom = rig.Events.ErrorSignal(rig.Now);
        var coalesced = await rig.ProcessAsync(symptom);
        rig.Time.Advance(TimeSpan.FromMinutes(5));

        // Act: the queue delivers the same event again, long after the window closed.
        var again = await rig.ProcessAsync(rig.Events.Again(symptom));

        // Assert
        Assert.Equal(IgnoreReason.Coalesced, Assert.Single(coalesced.Records).IgnoredReason);
        Assert.Equal(IgnoreReason.Duplicate, Assert.Single(again.Records).IgnoredReason);
        Assert.Null(again.Reconcile);
    }

    [Fact]
    public async Task ASymptomWhoseReconcileFailedTerminallyIsADuplicateWhenDeliveredAgain()
    {
        // Arrange: the healer's UpdatePolicy is denied by an SCP, a failure only an operator can fix.
        var rig = new BatchRig(broken: false);
        rig.Organization.EditPolicyContent(rig.PolicyId, """{"plans":{}}""");
        rig.Organization.InjectFault(OrganizationsOperations.UpdatePolicy, OrganizationsErrorCodes.AccessDenied, message: "explicit deny");
        var symptom = rig.Events.ErrorSignal(rig.Now);
        var failed = await rig.ProcessAsync(symptom);
        rig.Time.Advance(TimeSpan.FromMinutes(5));

        // Act
        var again = await rig.ProcessAsync(rig.Events.Again(symptom));

        // Assert
        Assert.True(Assert.Single(failed.Failures).IsTerminal);
        Assert.Equal(IgnoreReason.Duplicate, Assert.Single(again.Records).IgnoredReason);
    }

    [Fact]
    public async Task TheSnapshotNamesTheFirstDriftOfTheBatchAsItsCauseWithTheBatchSize()
    {
        // Arrange
        var rig = new BatchRig();
        var drift = rig.Events.Drift(rig.Now, rig.PolicyId);

        // Act
        await rig.ProcessAsync(rig.Events.ErrorSignal(rig.Now), drift, rig.Events.ErrorSignal(rig.Now));

        // Assert
        var snapshot = Assert.Single(rig.Snapshots.Saved).Snapshot;
        Assert.Equal($"{EventIdOf(drift)} (batch of 3)", snapshot.Trigger);
    }

    [Fact]
    public async Task TheSnapshotOfABatchOfOnlyErrorSignalsNamesItsFirstSymptom()
    {
        // Arrange
        var rig = new BatchRig();
        var first = rig.Events.ErrorSignal(rig.Now);

        // Act
        await rig.ProcessAsync(first, rig.Events.ErrorSignal(rig.Now));

        // Assert
        var snapshot = Assert.Single(rig.Snapshots.Saved).Snapshot;
        Assert.Equal($"{EventIdOf(first)} (batch of 2)", snapshot.Trigger);
    }

    [Fact]
    public async Task WhenTheFlapGuardTripsTheDriftActorsOfTheBatchAreNamed()
    {
        // Arrange: one healing run is the limit; alice detaches the policy again and so does an unnamed caller.
        var rig = new BatchRig(new SafetyOptions { MaxHealingRunsPerHour = 1 });
        await rig.ProcessAsync(rig.Events.ErrorSignal(rig.Now));
        rig.DetachFromRoot();
        rig.Time.Advance(TimeSpan.FromMinutes(5));

        // Act
        var result = await rig.ProcessAsync(
            rig.Events.Drift(rig.Now, rig.PolicyId),
            rig.Events.ErrorSignal(rig.Now),
            rig.Events.Scheduled(rig.Now),
            rig.Events.Drift(rig.Now, rig.PolicyId, withPrincipal: false));

        // Assert: error signals and the schedule are not actors.
        var decision = result.Gate.Decision!;
        Assert.True(decision.FlapGuardTripped);
        Assert.Equal(
            [("arn:aws:iam::111111111111:user/alice", "DetachPolicy"), ("unknown", "DetachPolicy")],
            decision.OtherActors.Select(a => (a.Principal, a.EventName)));
    }

    [Fact]
    public async Task ACrashDuringTheReconcilePropagatesAndReleasesTheClaimedDriftForItsRedelivery()
    {
        // Arrange: the snapshot store fails in a way the reconcile does not handle.
        var crashing = new CrashingSnapshotSink();
        var rig = new BatchRig(snapshots: crashing);
        var drift = rig.Events.Drift(rig.Now, rig.PolicyId);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => rig.ProcessAsync(drift));
        crashing.Crash = false;

        // Act
        var redelivered = await rig.ProcessAsync(rig.Events.Again(drift));

        // Assert
        Assert.Equal(BatchRecordOutcome.Reconciled, Assert.Single(redelivered.Records).Outcome);
        Assert.True(rig.IsAttachedToRoot);
    }

    private static string EventIdOf(BatchRecord record) =>
        System.Text.Json.Nodes.JsonNode.Parse(record.Body.Span)!["detail"]!["eventID"]!.GetValue<string>();

    private sealed class CrashingSnapshotSink : ISnapshotSink
    {
        public bool Crash { get; set; } = true;

        public Task<SnapshotReceipt> SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken) =>
            Crash ? throw new SimulatedCrashException() : Task.FromResult(new SnapshotReceipt("saved", Reused: false));
    }
}
