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

    [Fact]
    public async Task AZeroDisableDelayDisablesAtOnce()
    {
        // Arrange
        var org = new SimulatedOrganization(new SimulationOptions { PendingDisableDelay = TimeSpan.Zero, Clock = _clock });
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        var policyId = org.CreatePolicy(PolicyTypes.BackupPolicy, "baseline", Content);
        org.AttachPolicy(policyId, org.RootId);

        // Act
        org.DisablePolicyType(PolicyTypes.BackupPolicy);

        // Assert
        Assert.Null((await org.ListRootsAsync(s_none))[0].BackupPolicyStatus);
        Assert.Empty(await org.ListTargetsForPolicyAsync(policyId, s_none));
    }

    [Fact]
    public void DisablingATypeThatIsNotEnabledOrIsAlreadyBeingDisabledFailsWithPolicyTypeNotEnabled()
    {
        // Arrange
        var org = new SimulatedOrganization(new SimulationOptions { PendingDisableDelay = TimeSpan.FromSeconds(20), Clock = _clock });
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        org.DisablePolicyType(PolicyTypes.BackupPolicy);

        // Act
        var again = Assert.Throws<OrganizationsException>(() => org.DisablePolicyType(PolicyTypes.BackupPolicy));
        var never = Assert.Throws<OrganizationsException>(() => org.DisablePolicyType("TAG_POLICY"));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.PolicyTypeNotEnabled, again.ErrorCode);
        Assert.Equal(OrganizationsErrorCodes.PolicyTypeNotEnabled, never.ErrorCode);
        Assert.Equal(PolicyTypeStatus.PendingDisable, org.PolicyTypeStatusOf(PolicyTypes.BackupPolicy));
    }

    [Fact]
    public async Task ADisableCompletesBeforeTheFirstCallAfterItsDelayWithoutARootRead()
    {
        // Arrange
        var org = new SimulatedOrganization(new SimulationOptions { PendingDisableDelay = TimeSpan.FromSeconds(20), Clock = _clock });
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        var policyId = org.CreatePolicy(PolicyTypes.BackupPolicy, "baseline", Content);
        org.AttachPolicy(policyId, org.RootId);
        org.DisablePolicyType(PolicyTypes.BackupPolicy);
        _clock.Advance(TimeSpan.FromSeconds(19));
        var before = await org.ListTargetsForPolicyAsync(policyId, s_none);

        // Act
        _clock.Advance(TimeSpan.FromSeconds(1));
        var after = await org.ListTargetsForPolicyAsync(policyId, s_none);

        // Assert
        Assert.Single(before);
        Assert.Empty(after);
        Assert.Null(org.PolicyTypeStatusOf(PolicyTypes.BackupPolicy));
    }

    [Fact]
    public async Task AnEnableCanFollowACompletedDisable()
    {
        // Arrange
        var org = new SimulatedOrganization(new SimulationOptions { PendingDisableDelay = TimeSpan.FromSeconds(20), PendingEnableReads = 0, Clock = _clock });
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        org.DisablePolicyType(PolicyTypes.BackupPolicy);
        _clock.Advance(TimeSpan.FromSeconds(20));

        // Act
        var root = await org.EnableBackupPolicyTypeAsync(org.RootId, s_none);

        // Assert
        Assert.Equal(PolicyTypeStatus.Enabled, root.BackupPolicyStatus);
    }

    [Fact]
    public async Task OnlyListRootsReadsCountTowardsAReadBasedEnable()
    {
        // Arrange
        var org = new SimulatedOrganization(new SimulationOptions { PendingEnableReads = 1 });
        var policyId = org.CreatePolicy(PolicyTypes.BackupPolicy, "baseline", Content);
        await org.EnableBackupPolicyTypeAsync(org.RootId, s_none);

        // Act
        await org.ListBackupPoliciesAsync(s_none);
        await org.DescribePolicyAsync(policyId, s_none);
        var stillPending = org.PolicyTypeStatusOf(PolicyTypes.BackupPolicy);
        var read = (await org.ListRootsAsync(s_none))[0].BackupPolicyStatus;

        // Assert
        Assert.Equal(PolicyTypeStatus.PendingEnable, stillPending);
        Assert.Equal(PolicyTypeStatus.PendingEnable, read);
        Assert.Equal(PolicyTypeStatus.Enabled, org.PolicyTypeStatusOf(PolicyTypes.BackupPolicy));
    }

    [Fact]
    public async Task DisablingDuringAPendingEnableCancelsIt()
    {
        // Arrange
        var org = new SimulatedOrganization(new SimulationOptions { PendingEnableReads = 1 });
        await org.EnableBackupPolicyTypeAsync(org.RootId, s_none);

        // Act
        org.DisablePolicyType(PolicyTypes.BackupPolicy);
        var reads = new[] { (await org.ListRootsAsync(s_none))[0].BackupPolicyStatus, (await org.ListRootsAsync(s_none))[0].BackupPolicyStatus };

        // Assert
        Assert.Equal([null, null], reads);
    }

    [Fact]
    public async Task EnablingImmediatelyDuringAPendingDisableKeepsTheTypeAndItsAttachments()
    {
        // Arrange
        var org = new SimulatedOrganization(new SimulationOptions { PendingDisableDelay = TimeSpan.FromSeconds(20), Clock = _clock });
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        var policyId = org.CreatePolicy(PolicyTypes.BackupPolicy, "baseline", Content);
        org.AttachPolicy(policyId, org.RootId);
        org.DisablePolicyType(PolicyTypes.BackupPolicy);

        // Act
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        _clock.Advance(TimeSpan.FromSeconds(20));

        // Assert
        Assert.Equal(PolicyTypeStatus.Enabled, (await org.ListRootsAsync(s_none))[0].BackupPolicyStatus);
        Assert.Single(await org.ListTargetsForPolicyAsync(policyId, s_none));
    }

    [Fact]
    public async Task ACaptureShowsADelayedEnableOnceItIsDue()
    {
        // Arrange
        var org = new SimulatedOrganization(new SimulationOptions { PendingEnableDelay = TimeSpan.FromSeconds(30), Clock = _clock });
        org.EnablePolicyTypeImmediately("TAG_POLICY");
        await org.EnableBackupPolicyTypeAsync(org.RootId, s_none);
        var pending = org.Capture().RootPolicyTypes;

        // Act
        _clock.Advance(TimeSpan.FromSeconds(30));
        var due = org.Capture().RootPolicyTypes;

        // Assert
        Assert.Equal(["BACKUP_POLICY=PENDING_ENABLE", "SERVICE_CONTROL_POLICY=ENABLED", "TAG_POLICY=ENABLED"], pending);
        Assert.Equal(["BACKUP_POLICY=ENABLED", "SERVICE_CONTROL_POLICY=ENABLED", "TAG_POLICY=ENABLED"], due);
    }

    [Fact]
    public async Task TheStatusOfAPolicyTypeSettlesWhatIsDueBeforeItAnswers()
    {
        // Arrange
        var org = new SimulatedOrganization(new SimulationOptions { PendingEnableDelay = TimeSpan.FromSeconds(30), Clock = _clock });
        await org.EnableBackupPolicyTypeAsync(org.RootId, s_none);
        var pending = org.PolicyTypeStatusOf(PolicyTypes.BackupPolicy);

        // Act
        _clock.Advance(TimeSpan.FromSeconds(30));
        var due = org.PolicyTypeStatusOf(PolicyTypes.BackupPolicy);

        // Assert
        Assert.Equal((PolicyTypeStatus.PendingEnable, PolicyTypeStatus.Enabled), (pending, due));
    }
}
