using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Core.Tests;

/// <summary>
/// BACKUP_POLICY on its way somewhere: a disable still pending lists attachments that are about to vanish, and an
/// enable can race with it. Attachments count only when ENABLED, and a plan that changed the type is checked again.
/// </summary>
public sealed class PendingStateTests
{
    private static readonly string[] s_targets = ["root", "Workloads"];

    [Fact]
    public async Task WhileADisableIsPendingTheAttachmentsItWillRemoveArePlannedAndRestored()
    {
        // Arrange: the disable completes 20 s after it was asked; the healer's first enable meets it still pending.
        var orgClock = new FakeTimeProvider();
        var h = Harness.Healthy(s_targets, new SimulationOptions { PendingDisableDelay = TimeSpan.FromSeconds(20), PendingEnableReads = 0, Clock = orgClock });
        var (policyId, root, ou) = (h.PolicyId, h.Org.RootId, h.Org.TargetIdOf("Workloads"));
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
        h.Org.ResetCounters();
        h.Org.BeforeOperation("EnablePolicyType", () => { }, times: 1);
        h.Org.BeforeOperation("EnablePolicyType", () => orgClock.Advance(TimeSpan.FromSeconds(20)), times: 1);

        // Act
        var result = await h.RunAsync(h.Desired(s_targets));

        // Assert: the attachments still listed during PENDING_DISABLE did not count; both were attached again.
        Assert.Equal(PolicyTypeStatus.PendingDisable, result.Observed.BackupPolicyStatus);
        Assert.Equal(
            [ActionType.EnablePolicyType, ActionType.AttachPolicy, ActionType.AttachPolicy],
            result.Plan.Select(a => a.Type));
        Assert.Equal(
            [
                WriteCall.EnablePolicyType(root, errorCode: OrganizationsErrorCodes.PolicyChangesInProgress), WriteCall.EnablePolicyType(root),
                WriteCall.AttachPolicy(policyId, root), WriteCall.AttachPolicy(policyId, ou),
            ],
            h.Org.Writes);
        Assert.Equal([ou, root], h.Org.Capture().Policies.Single(p => p.Id == policyId).TargetIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task APlanThatEnabledTheTypeReadsAgainAndAppliesWhatIsStillMissing()
    {
        // Arrange: while the healer repairs a disabled type, someone detaches the OU again.
        var h = Harness.Healthy(s_targets, new SimulationOptions { PendingEnableReads = 0 });
        var (policyId, ou) = (h.PolicyId, h.Org.TargetIdOf("Workloads"));
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
        h.Org.BeforeOperation("ListRoots", () => { }, times: 1);
        h.Org.BeforeOperation("ListRoots", () => h.Org.DetachPolicy(policyId, ou), times: 1);

        // Act
        var result = await h.RunAsync(h.Desired(s_targets));

        // Assert
        Assert.Equal(2, result.Applied.Count(a => a.Action.Type == ActionType.AttachPolicy && a.Action.Target == ou && a.Outcome == ActionOutcome.Applied));
        Assert.Contains(ou, h.Org.Capture().Policies.Single(p => p.Id == policyId).TargetIds);
        Assert.Equal(ReconcileOutcome.Repaired, result.Outcome);
    }

    [Fact]
    public async Task AnEnableStillPendingAtObservationIsWaitedForWithoutAnotherEnable()
    {
        // Arrange
        var h = Harness.Healthy(s_targets, new SimulationOptions { PendingEnableReads = 3 }, new ImmediateTimeProvider());
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
        await h.Org.EnableBackupPolicyTypeAsync(h.Org.RootId, CancellationToken.None);
        h.Org.ResetCounters();

        // Act
        var result = await h.RunAsync(h.Desired(s_targets));

        // Assert
        Assert.Equal(PolicyTypeStatus.PendingEnable, result.Observed.BackupPolicyStatus);
        Assert.DoesNotContain(h.Org.Writes, w => w.Operation == OrganizationsOperations.EnablePolicyType);
        Assert.Equal(2, h.Org.Writes.Count(w => w.Operation == OrganizationsOperations.AttachPolicy && w.Succeeded));
    }
}
