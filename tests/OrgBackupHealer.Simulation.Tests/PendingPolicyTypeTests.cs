using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Simulation.Tests;

/// <summary>PENDING_ENABLE and PENDING_DISABLE that complete after a delay on the organization's clock, as in AWS.</summary>
public sealed class PendingPolicyTypeTests
{
    private const string Content = """{"plans":{}}""";
    private static readonly CancellationToken s_none = CancellationToken.None;
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task EnableStaysPendingUntilItsDelayHasPassedHoweverOftenItIsRead()
    {
        // Arrange
        var org = new SimulatedOrganization(new SimulationOptions { PendingEnableDelay = TimeSpan.FromSeconds(30), Clock = _clock });
        await org.EnableBackupPolicyTypeAsync(org.RootId, s_none);

        // Act
        var reads = new List<PolicyTypeStatus?>();
        for (var i = 0; i < 5; i++)
        {
            reads.Add((await org.ListRootsAsync(s_none))[0].BackupPolicyStatus);
        }

        _clock.Advance(TimeSpan.FromSeconds(30));
        var after = (await org.ListRootsAsync(s_none))[0].BackupPolicyStatus;

        // Assert
        Assert.All(reads, status => Assert.Equal(PolicyTypeStatus.PendingEnable, status));
        Assert.Equal(PolicyTypeStatus.Enabled, after);
    }

    [Fact]
    public async Task WhileADisableIsPendingAttachmentsAreStillListedAndWritesAreRefused()
    {
        // Arrange
        var org = new SimulatedOrganization(new SimulationOptions { PendingDisableDelay = TimeSpan.FromSeconds(20), Clock = _clock });
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        var policyId = org.CreatePolicy(PolicyTypes.BackupPolicy, "baseline", Content);
        var ou = org.CreateOrganizationalUnit("Workloads");
        org.AttachPolicy(policyId, org.RootId);

        // Act
        org.DisablePolicyType(PolicyTypes.BackupPolicy);
        var status = (await org.ListRootsAsync(s_none))[0].BackupPolicyStatus;
        var listed = await org.ListTargetsForPolicyAsync(policyId, s_none);
        var enable = await Assert.ThrowsAsync<OrganizationsException>(() => org.EnableBackupPolicyTypeAsync(org.RootId, s_none));
        var attach = await Assert.ThrowsAsync<OrganizationsException>(() => org.AttachManagedPolicyAsync(new ManagedPolicyId(policyId), ou, s_none));

        // Assert
        Assert.Equal(PolicyTypeStatus.PendingDisable, status);
        Assert.Equal(org.RootId, Assert.Single(listed).TargetId);
        Assert.Equal(OrganizationsErrorCodes.PolicyChangesInProgress, enable.ErrorCode);
        Assert.Equal(OrganizationsErrorCodes.PolicyTypeNotEnabled, attach.ErrorCode);
    }

    [Fact]
    public async Task ACompletedDisableRemovesTheTypeAndEveryAttachment()
    {
        // Arrange
        var org = new SimulatedOrganization(new SimulationOptions { PendingDisableDelay = TimeSpan.FromSeconds(20), Clock = _clock });
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        var policyId = org.CreatePolicy(PolicyTypes.BackupPolicy, "baseline", Content);
        org.AttachPolicy(policyId, org.RootId);
        org.DisablePolicyType(PolicyTypes.BackupPolicy);

        // Act
        _clock.Advance(TimeSpan.FromSeconds(20));
        var status = (await org.ListRootsAsync(s_none))[0].BackupPolicyStatus;
        var listed = await org.ListTargetsForPolicyAsync(policyId, s_none);

        // Assert
        Assert.Null(status);
        Assert.Empty(listed);
    }
}
