using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Resilience;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Core.Tests.Reconciliation;

/// <summary>What one reconcile reports, counts and saves: healing runs on failure, the snapshot, the plan of both passes.</summary>
public sealed class ReconcilerRunTests
{
    private static readonly string[] s_targets = ["root", "Workloads"];

    [Fact]
    public async Task ARunThatFailsAfterAWriteIsStillAHealingRun()
    {
        // Arrange: the content is restored, then attaching the OU hits a limit.
        var h = Harness.Healthy(s_targets);
        h.Org.EditPolicyContent(h.PolicyId, SamplePolicies.Edited);
        h.Org.DetachPolicy(h.PolicyId, h.Org.TargetIdOf("Workloads"));
        h.Org.InjectFault(OrganizationsOperations.AttachPolicy, OrganizationsErrorCodes.ConstraintViolation);

        // Act
        var error = await Assert.ThrowsAsync<ReconcileException>(() => h.RunAsync(h.Desired(s_targets)));

        // Assert
        Assert.Equal([(ActionType.UpdatePolicy, ActionOutcome.Applied)], error.Applied.Select(a => (a.Action.Type, a.Outcome)));
        Assert.Equal(1, h.Metrics.HealingRuns);
        Assert.Equal([FixType.ContentRestored], h.Metrics.AutoFixes);
    }

    [Fact]
    public async Task ARunThatFailsBeforeAnyWriteIsNotAHealingRun()
    {
        // Arrange
        var h = Harness.Healthy(s_targets);
        h.Org.EditPolicyContent(h.PolicyId, SamplePolicies.Edited);
        h.Org.InjectFault(OrganizationsOperations.UpdatePolicy, OrganizationsErrorCodes.MalformedPolicyDocument);

        // Act
        var error = await Assert.ThrowsAsync<ReconcileException>(() => h.RunAsync(h.Desired(s_targets)));

        // Assert
        Assert.Empty(error.Applied);
        Assert.Equal(0, h.Metrics.HealingRuns);
    }

    [Fact]
    public async Task ARunThatFailsAfterOnlyFindingAWriteAlreadyDoneIsNotAHealingRun()
    {
        // Arrange: another writer attached the root first; attaching the OU then hits a limit.
        var h = Harness.Healthy(s_targets);
        h.Org.DetachPolicy(h.PolicyId, h.Org.RootId);
        h.Org.DetachPolicy(h.PolicyId, h.Org.TargetIdOf("Workloads"));
        h.Org.InjectFault(OrganizationsOperations.AttachPolicy, OrganizationsErrorCodes.DuplicatePolicyAttachment);
        h.Org.InjectFault(OrganizationsOperations.AttachPolicy, OrganizationsErrorCodes.ConstraintViolation);

        // Act
        var error = await Assert.ThrowsAsync<ReconcileException>(() => h.RunAsync(h.Desired(s_targets)));

        // Assert
        Assert.Equal([(ActionType.AttachPolicy, ActionOutcome.AlreadyInPlace)], error.Applied.Select(a => (a.Action.Type, a.Outcome)));
        Assert.Equal(0, h.Metrics.HealingRuns);
        Assert.Empty(h.Metrics.AutoFixes);
    }

    [Fact]
    public async Task ARenameIsAppliedAndCountedAsAFix()
    {
        // Arrange
        var h = Harness.Healthy(s_targets);
        h.Org.RenamePolicy(h.PolicyId, "renamed-by-hand");

        // Act
        var result = await h.RunAsync(h.Desired(s_targets));

        // Assert
        Assert.Equal([(ActionType.RenamePolicy, ActionOutcome.Applied)], result.Applied.Select(a => (a.Action.Type, a.Outcome)));
        Assert.Equal([FixType.PolicyRenamed], h.Metrics.AutoFixes);
        Assert.Equal(1, h.Metrics.HealingRuns);
        Assert.Equal([WriteCall.UpdatePolicy(h.PolicyId)], h.Org.Writes);
    }

    [Fact]
    public async Task TheSnapshotRecordsThePolicyNameAsObservedNotAsDesired()
    {
        // Arrange
        var h = Harness.Healthy(s_targets);
        h.Org.RenamePolicy(h.PolicyId, "renamed-by-hand");

        // Act
        await h.RunAsync(h.Desired(s_targets));

        // Assert
        var (snapshot, writesBefore) = Assert.Single(h.Snapshots.Saved);
        Assert.Equal("renamed-by-hand", snapshot.PolicyName);
        Assert.Equal(h.PolicyId, snapshot.PolicyId);
        Assert.Equal(0, writesBefore);
    }

    [Fact]
    public async Task ASameNamedPolicyWithoutTheTagStopsTheRunBeforeAnyWriteAndSaysHowToAdoptIt()
    {
        // Arrange: the managed policy is gone and someone created an untagged one with its name.
        var h = Harness.Healthy(s_targets);
        h.Org.DeletePolicy(h.PolicyId);
        var theirs = h.Org.CreatePolicy(PolicyTypes.BackupPolicy, Harness.PolicyName, SamplePolicies.Shipped);
        h.Org.ResetCounters();

        // Act
        var error = await Assert.ThrowsAsync<ReconcileException>(() => h.RunAsync(h.Desired(s_targets)));

        // Assert
        Assert.Equal(FailureKind.Terminal, error.Diagnosis.Kind);
        Assert.Equal(FailureReasons.OwnershipConflict, error.Diagnosis.Reason);
        Assert.Equal(
            $"A BACKUP_POLICY named 'org-backup-baseline' ({theirs}) exists without the tags of entry 'default' (orgbackuphealer:owner=default, orgbackuphealer:key=default): "
            + "it belongs to someone else and the healer will not touch it. "
            + $"If it is the policy this entry should own, adopt it (\"adopt\": \"{theirs}\" / --adopt-policy-id {theirs}); otherwise choose another name.",
            error.Message);
        Assert.Empty(h.Org.Writes);
        Assert.Empty(h.Snapshots.Saved);
    }

    [Fact]
    public async Task TheSecondPassAfterEnablingTheTypeIsPartOfThePlan()
    {
        // Arrange: while the healer repairs a disabled type, someone detaches the OU again.
        var h = Harness.Healthy(s_targets, new SimulationOptions { PendingEnableReads = 0 });
        var (root, ou) = (h.Org.RootId, h.Org.TargetIdOf("Workloads"));
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
        h.Org.BeforeOperation(OrganizationsOperations.ListRoots, () => { }, times: 1);
        h.Org.BeforeOperation(OrganizationsOperations.ListRoots, () => h.Org.DetachPolicy(h.PolicyId, ou), times: 1);

        // Act
        var result = await h.RunAsync(h.Desired(s_targets));

        // Assert
        Assert.Equal(
            [(ActionType.EnablePolicyType, root), (ActionType.AttachPolicy, root), (ActionType.AttachPolicy, ou), (ActionType.AttachPolicy, ou)],
            result.Plan.Select(a => (a.Type, a.Target)));
    }

    [Fact]
    public async Task ASnapshotThatCannotBeSavedInTimeStopsTheRunBeforeAnyWriteAndNamesTheStep()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped, s_targets);
        org.DetachPolicy(org.FindPolicyId(Harness.PolicyName)!, org.RootId);
        var reconciler = new Reconciler(org, new RecordingMetrics(), new CancelledSink(), new ImmediateTimeProvider());

        // Act
        var error = await Assert.ThrowsAsync<ReconcileException>(() => reconciler.ReconcileAsync(Desired(org), "test", CancellationToken.None));

        // Assert
        Assert.Equal(
            "Saving the snapshot did not finish before the deadline. Raise the function timeout, or look for throttling (TooManyRequestsException) in the log.",
            error.Message);
        Assert.Null(error.Snapshot);
        Assert.Empty(org.Writes);
    }

    [Fact]
    public async Task TheEnablePollFollowsTheGivenOptions()
    {
        // Arrange
        var time = new ImmediateTimeProvider();
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped, ["root"], new SimulationOptions { PendingEnableReads = 4 });
        org.DisablePolicyType(PolicyTypes.BackupPolicy);
        var options = new ReconcilerOptions { EnablePollInitialDelay = TimeSpan.FromSeconds(3), EnablePollMaxDelay = TimeSpan.FromSeconds(5) };
        var port = new RetryingOrganizationsPort(org, time, new RetryOptions(), new Random(7));
        var reconciler = new Reconciler(port, new RecordingMetrics(), new RecordingSnapshotSink(() => org.TotalWrites), time, options);

        // Act
        await reconciler.ReconcileAsync(DesiredState.For(Harness.PolicyName, Desired(org).Document, ["root"], HealerMode.Enforce), "test", CancellationToken.None);

        // Assert
        Assert.Equal([3, 5, 5, 5], time.Delays.Select(d => d.TotalSeconds));
    }

    private static DesiredState Desired(SimulatedOrganization org) =>
        DesiredState.For(Harness.PolicyName, PolicyDocument.Parse(SamplePolicies.Shipped), ["root", org.TargetIdOf("Workloads")], HealerMode.Enforce);

    private sealed class CancelledSink : ISnapshotSink
    {
        public Task<SnapshotReceipt> SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken) =>
            Task.FromException<SnapshotReceipt>(new OperationCanceledException());
    }
}
