using System.Diagnostics;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Core.Tests.Reconciliation;

/// <summary>Applying a plan while BACKUP_POLICY is being enabled, by the healer or by someone else.</summary>
public sealed class PlanExecutorTests
{
    private static readonly string[] s_targets = ["root", "Workloads"];

    [Fact]
    public async Task AnEnableSomeoneElseStartedIsAlreadyInPlaceAndTheAttachWaitsForIt()
    {
        // Arrange: between the healer's observation and its EnablePolicyType, another actor starts the enable.
        var h = Harness.Healthy(["root"], new SimulationOptions { PendingEnableReads = 2 });
        var (policyId, root) = (h.PolicyId, h.Org.RootId);
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
        h.Org.BeforeOperation(OrganizationsOperations.EnablePolicyType,
            () => h.Org.EnableBackupPolicyTypeAsync(root, CancellationToken.None).GetAwaiter().GetResult());
        h.Org.ResetCounters();

        // Act
        var result = await h.RunAsync(h.Desired(["root"]));

        // Assert
        Assert.Equal(
            [(ActionType.EnablePolicyType, ActionOutcome.AlreadyInPlace), (ActionType.AttachPolicy, ActionOutcome.Applied)],
            result.Applied.Select(a => (a.Action.Type, a.Outcome)));
        Assert.Equal(
            [
                WriteCall.EnablePolicyType(root), WriteCall.EnablePolicyType(root, errorCode: OrganizationsErrorCodes.PolicyTypeAlreadyEnabled),
                WriteCall.AttachPolicy(policyId, root),
            ],
            h.Org.Writes);
        Assert.Equal([FixType.PolicyReattached], h.Metrics.AutoFixes);
    }

    [Fact]
    public async Task OnceTheTypeIsSeenEnabledTheOtherTargetsAreAttachedWithoutPollingAgain()
    {
        // Arrange
        var h = Harness.Healthy(s_targets, new SimulationOptions { PendingEnableReads = 3 });
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
        h.Org.ResetCounters();

        // Act
        await h.RunAsync(h.Desired(s_targets));

        // Assert: the observation, four polls until ENABLED (once for the first target only), the second observation.
        Assert.Equal(1 + 4 + 1, h.Org.CallsOf(OrganizationsOperations.ListRoots));
        Assert.Equal(2, h.Org.Writes.Count(w => w.Operation == OrganizationsOperations.AttachPolicy && w.Succeeded));
    }

    [Fact]
    public async Task ATypeDisabledWhileWaitingStopsTheRunWithATransientErrorOfListRoots()
    {
        // Arrange
        var h = Harness.Healthy(["root"], new SimulationOptions { PendingEnableReads = 3 });
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
        h.Org.BeforeOperation(OrganizationsOperations.ListRoots, () => { }, times: 1);
        h.Org.BeforeOperation(OrganizationsOperations.ListRoots, () => h.Org.DisablePolicyType(PolicyTypes.BackupPolicy), times: 1);

        // Act
        var error = await Assert.ThrowsAsync<ReconcileException>(() => h.RunAsync(h.Desired(["root"])));

        // Assert
        Assert.False(error.IsTerminal);
        Assert.Equal(OrganizationsOperations.ListRoots, Assert.IsType<OrganizationsException>(error.InnerException).Operation);
        Assert.Equal(
            "AttachPolicy failed: BACKUP_POLICY was disabled on the root while the healer was repairing it "
            + "(BACKUP_POLICY is no longer enabled on the root while waiting for it; another actor disabled it.). It will be tried again.",
            error.Message);
    }

    [Fact]
    public async Task AnActionTypeItDoesNotKnowIsAProgrammingError()
    {
        // Arrange
        var (executor, progress) = Executor();

        // Act / Assert
        await Assert.ThrowsAsync<UnreachableException>(() =>
            executor.ApplyAsync(PolicySet.Of(Desired), Desired, [new PlannedAction((ActionType)99, "x", "y")], progress, CancellationToken.None));
    }

    [Fact]
    public async Task AnUpdateBeforeThePolicyIsKnownIsAProgrammingError()
    {
        // Arrange
        var (executor, progress) = Executor();

        // Act / Assert
        await Assert.ThrowsAsync<UnreachableException>(() =>
            executor.ApplyAsync(PolicySet.Of(Desired), Desired, [new PlannedAction(ActionType.UpdatePolicy, Harness.PolicyName, "content differs")], progress, CancellationToken.None));
        Assert.Empty(progress.Applied);
    }

    private static DesiredState Desired => DesiredState.For(Harness.PolicyName, PolicyDocument.Parse(SamplePolicies.Shipped), ["root"], HealerMode.Enforce);

    private static (PlanExecutor Executor, ApplyProgress Progress) Executor()
    {
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        return (new PlanExecutor(org, new StateObserver(org), new ImmediateTimeProvider(), new ReconcilerOptions()), new ApplyProgress(null, typeEnabled: true, "test", _ => { }));
    }
}
