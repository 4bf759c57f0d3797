using System.Text.RegularExpressions;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Simulation.Tests;

public sealed class SimulatedOrganizationTests
{
    private const string Content = """{"plans":{"p":{"regions":{"@@assign":["us-east-1"]},"rules":{"r":{"target_backup_vault_name":{"@@assign":"Default"}}},"selections":{}}}}""";
    private const string Scp = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}""";
    private static readonly CancellationToken s_none = CancellationToken.None;

    private static async Task<OrganizationsException> ErrorOf(Func<Task> call) => await Assert.ThrowsAsync<OrganizationsException>(call);

    [Fact]
    public async Task IdsAndArnsFollowTheRealFormats()
    {
        var org = SimulatedOrganization.CreateHealthy(Content);

        var root = Assert.Single(await org.ListRootsAsync(s_none));
        var policy = Assert.Single(await org.ListBackupPoliciesAsync(s_none));
        var ou = org.TargetIdOf("Workloads");
        var account = org.TargetIdOf("prod-app");

        Assert.Matches("^o-[a-z0-9]{10}$", org.OrganizationId);
        Assert.Matches("^r-[a-z0-9]{4}$", root.Id);
        Assert.Equal($"arn:aws:organizations::111111111111:root/{org.OrganizationId}/{root.Id}", root.Arn);
        Assert.Matches("^ou-" + root.Id[2..] + "-[a-z0-9]{8}$", ou);
        Assert.Matches("^[0-9]{12}$", account);
        Assert.Matches("^p-[a-z0-9]{8}$", policy.Id);
        Assert.Equal($"arn:aws:organizations::111111111111:policy/{org.OrganizationId}/backup_policy/{policy.Id}", policy.Arn);
        Assert.False(policy.AwsManaged);
    }

    [Fact]
    public void OtherPolicyTypesUseTheirOwnArnSegment()
    {
        var org = new SimulatedOrganization();

        var id = org.CreatePolicy("SERVICE_CONTROL_POLICY", "deny-s3", Scp);

        var picture = org.Capture().Policies.Single(p => p.Id == id);
        Assert.Equal($"arn:aws:organizations::111111111111:policy/{org.OrganizationId}/service_control_policy/{id}", picture.Arn);
    }

    [Fact]
    public void NewOrganizationHasFullAwsAccessOnTheRootAndOnNewEntities()
    {
        var org = new SimulatedOrganization();
        var ou = org.CreateOrganizationalUnit("Workloads");

        var fullAccess = org.Capture().Policies.Single(p => p.Id == SimulatedOrganization.FullAwsAccessPolicyId);

        Assert.True(fullAccess.AwsManaged);
        Assert.Equal("SERVICE_CONTROL_POLICY", fullAccess.Type);
        Assert.Equal("arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess", fullAccess.Arn);
        Assert.Equal(new[] { org.RootId, ou }.Order(StringComparer.Ordinal), fullAccess.TargetIds);
        Assert.Equal(PolicyTypeStatus.Enabled, org.PolicyTypeStatusOf("SERVICE_CONTROL_POLICY"));
        Assert.Null(org.PolicyTypeStatusOf(PolicyTypes.BackupPolicy));
    }

    [Fact]
    public void SameSeedGivesSameIds()
    {
        var first = SimulatedOrganization.CreateHealthy(Content).Capture();
        var second = SimulatedOrganization.CreateHealthy(Content).Capture();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task HealthyOrganizationHasTheManagedPolicyAttachedToTheRoot()
    {
        var org = SimulatedOrganization.CreateHealthy(Content);

        var root = Assert.Single(await org.ListRootsAsync(s_none));
        var summary = Assert.Single(await org.ListBackupPoliciesAsync(s_none));
        var policy = await org.DescribePolicyAsync(summary.Id, s_none);
        var target = Assert.Single(await org.ListTargetsForPolicyAsync(summary.Id, s_none));

        Assert.Equal(PolicyTypeStatus.Enabled, root.BackupPolicyStatus);
        Assert.Equal("org-backup-baseline", summary.Name);
        Assert.Equal(Content, policy.Content);
        Assert.Equal(new PolicyTarget(root.Id, root.Arn, "Root", TargetType.Root), target);
        Assert.Equal(
            ["managed-by=OrgBackupHealer", "orgbackuphealer:key=default", "orgbackuphealer:owner=default"],
            org.Capture().Policies.Single(p => p.Id == summary.Id).Tags);
    }

    [Fact]
    public async Task AttachingBeforeBackupPolicyIsEnabledFailsWithPolicyTypeNotEnabled()
    {
        var org = new SimulatedOrganization();
        var created = await org.CreateBackupPolicyAsync(new NewPolicy("b", "", Content, new Dictionary<string, string>()), s_none);

        var error = await ErrorOf(() => org.AttachManagedPolicyAsync(new ManagedPolicyId(created.Id), org.RootId, s_none));

        Assert.Equal("PolicyTypeNotEnabledException", error.ErrorCode);
        Assert.Equal(400, error.HttpStatus);
    }

    [Fact]
    public async Task EnablePolicyTypeIsPendingForTheConfiguredNumberOfListRootsReads()
    {
        var org = new SimulatedOrganization(new SimulationOptions { PendingEnableReads = 2 });
        var policyId = org.CreatePolicy(PolicyTypes.BackupPolicy, "b", Content);

        var enabled = await org.EnableBackupPolicyTypeAsync(org.RootId, s_none);
        var pendingAttach = await ErrorOf(() => org.AttachManagedPolicyAsync(new ManagedPolicyId(policyId), org.RootId, s_none));
        var first = (await org.ListRootsAsync(s_none))[0].BackupPolicyStatus;
        var second = (await org.ListRootsAsync(s_none))[0].BackupPolicyStatus;
        var third = (await org.ListRootsAsync(s_none))[0].BackupPolicyStatus;
        await org.AttachManagedPolicyAsync(new ManagedPolicyId(policyId), org.RootId, s_none);

        Assert.Equal(PolicyTypeStatus.PendingEnable, enabled.BackupPolicyStatus);
        Assert.Equal("PolicyTypeNotEnabledException", pendingAttach.ErrorCode);
        Assert.Equal([PolicyTypeStatus.PendingEnable, PolicyTypeStatus.PendingEnable, PolicyTypeStatus.Enabled], new[] { first, second, third });
        Assert.Contains(org.RootId, org.Capture().Policies.Single(p => p.Id == policyId).TargetIds);
    }

    [Fact]
    public async Task ZeroPendingReadsEnablesAtOnce()
    {
        var org = new SimulatedOrganization(new SimulationOptions { PendingEnableReads = 0 });

        var root = await org.EnableBackupPolicyTypeAsync(org.RootId, s_none);

        Assert.Equal(PolicyTypeStatus.Enabled, root.BackupPolicyStatus);
    }

    [Fact]
    public async Task EnablingAnEnabledOrPendingTypeFailsWithPolicyTypeAlreadyEnabled()
    {
        var org = new SimulatedOrganization();
        await org.EnableBackupPolicyTypeAsync(org.RootId, s_none);

        var whilePending = await ErrorOf(() => org.EnableBackupPolicyTypeAsync(org.RootId, s_none));
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        var whenEnabled = await ErrorOf(() => org.EnableBackupPolicyTypeAsync(org.RootId, s_none));

        Assert.Equal("PolicyTypeAlreadyEnabledException", whilePending.ErrorCode);
        Assert.Equal("PolicyTypeAlreadyEnabledException", whenEnabled.ErrorCode);
    }

    [Fact]
    public async Task EnablingOnAnUnknownRootFailsWithRootNotFoundAndOnAMalformedIdWithInvalidInput()
    {
        var org = new SimulatedOrganization();

        var unknown = await ErrorOf(() => org.EnableBackupPolicyTypeAsync("r-zzzz", s_none));
        var malformed = await ErrorOf(() => org.EnableBackupPolicyTypeAsync("root", s_none));

        Assert.Equal("RootNotFoundException", unknown.ErrorCode);
        Assert.Equal("InvalidInputException", malformed.ErrorCode);
    }

    [Fact]
    public async Task AttachingTwiceFailsWithDuplicatePolicyAttachment()
    {
        var org = SimulatedOrganization.CreateHealthy(Content);
        var policyId = org.FindPolicyId("org-backup-baseline")!;

        var error = await ErrorOf(() => org.AttachManagedPolicyAsync(new ManagedPolicyId(policyId), org.RootId, s_none));

        Assert.Equal("DuplicatePolicyAttachmentException", error.ErrorCode);
    }

    [Theory]
    [InlineData("p-00000000", "r-abcd", "PolicyNotFoundException")]
    [InlineData("policy-1", "r-abcd", "InvalidInputException")]
    [InlineData(null, "ou-abcd-12345678", "TargetNotFoundException")]
    [InlineData(null, "123456789012", "TargetNotFoundException")]
    [InlineData(null, "Workloads", "InvalidInputException")]
    public async Task AttachReportsTheModelErrorForBadIds(string? policyId, string targetId, string expected)
    {
        var org = SimulatedOrganization.CreateHealthy(Content);
        var id = policyId ?? org.FindPolicyId("org-backup-baseline")!;

        var error = await ErrorOf(() => org.AttachManagedPolicyAsync(new ManagedPolicyId(id), targetId, s_none));

        Assert.Equal(expected, error.ErrorCode);
    }

    [Fact]
    public async Task CreatingAPolicyWithTheSameNameAndTypeFailsWithDuplicatePolicyButAnotherTypeMayShareTheName()
    {
        var org = SimulatedOrganization.CreateHealthy(Content);

        var error = await ErrorOf(() => org.CreateBackupPolicyAsync(new NewPolicy("org-backup-baseline", "", Content, new Dictionary<string, string>()), s_none));
        var scpId = org.CreatePolicy("SERVICE_CONTROL_POLICY", "org-backup-baseline", Scp);

        Assert.Equal("DuplicatePolicyException", error.ErrorCode);
        Assert.NotNull(scpId);
    }

    [Fact]
    public async Task CreatingAPolicyIsAllowedWhileTheTypeIsNotEnabled()
    {
        var org = new SimulatedOrganization();

        var created = await org.CreateBackupPolicyAsync(new NewPolicy("b", "d", Content, new Dictionary<string, string> { ["k"] = "v" }), s_none);

        Assert.Equal(PolicyTypes.BackupPolicy, created.Type);
        Assert.Equal("b", Assert.Single(await org.ListBackupPoliciesAsync(s_none)).Name);
    }

    [Fact]
    public async Task NonJsonContentIsRejectedAsMalformed()
    {
        var org = SimulatedOrganization.CreateHealthy(Content);
        var policyId = org.FindPolicyId("org-backup-baseline")!;

        var create = await ErrorOf(() => org.CreateBackupPolicyAsync(new NewPolicy("x", "", "{not json", new Dictionary<string, string>()), s_none));
        var update = await ErrorOf(() => org.UpdateManagedPolicyAsync(new ManagedPolicyId(policyId), new PolicyUpdate(Content: "["), s_none));

        Assert.Equal("MalformedPolicyDocumentException", create.ErrorCode);
        Assert.Equal("MalformedPolicyDocumentException", update.ErrorCode);
    }

    [Fact]
    public async Task DescribeUpdateAndListTargetsOfAMissingPolicyFailWithPolicyNotFound()
    {
        var org = SimulatedOrganization.CreateHealthy(Content);
        var policyId = org.FindPolicyId("org-backup-baseline")!;
        org.DeletePolicy(policyId);

        var describe = await ErrorOf(() => org.DescribePolicyAsync(policyId, s_none));
        var update = await ErrorOf(() => org.UpdateManagedPolicyAsync(new ManagedPolicyId(policyId), new PolicyUpdate(Content: Content), s_none));
        var targets = await ErrorOf(() => org.ListTargetsForPolicyAsync(policyId, s_none));

        Assert.All(new[] { describe, update, targets }, e => Assert.Equal("PolicyNotFoundException", e.ErrorCode));
        Assert.Empty(await org.ListBackupPoliciesAsync(s_none));
    }

    [Fact]
    public async Task ListBackupPoliciesReturnsOnlyBackupPolicies()
    {
        var org = SimulatedOrganization.CreateHealthy(Content);
        org.CreatePolicy("SERVICE_CONTROL_POLICY", "deny-s3", Scp);
        org.CreatePolicy("TAG_POLICY", "tags", "{}");

        var policies = await org.ListBackupPoliciesAsync(s_none);

        Assert.Equal(["org-backup-baseline"], policies.Select(p => p.Name));
    }

    [Fact]
    public void DisablingAPolicyTypeDetachesEveryPolicyOfThatTypeOnly()
    {
        var org = SimulatedOrganization.CreateHealthy(Content, ["root", "Workloads"]);
        var other = org.CreatePolicy(PolicyTypes.BackupPolicy, "team-backup", Content);
        org.AttachPolicy(other, org.TargetIdOf("prod-app"));
        var before = org.Capture();

        org.DisablePolicyType(PolicyTypes.BackupPolicy);

        var after = org.Capture();
        Assert.Null(org.PolicyTypeStatusOf(PolicyTypes.BackupPolicy));
        Assert.All(after.Policies.Where(p => p.Type == PolicyTypes.BackupPolicy), p => Assert.Empty(p.TargetIds));
        Assert.Equal(
            before.Policies.Where(p => p.Type != PolicyTypes.BackupPolicy),
            after.Policies.Where(p => p.Type != PolicyTypes.BackupPolicy));
    }

    [Fact]
    public void DetachingAPolicyThatIsNotAttachedFailsWithPolicyNotAttached()
    {
        var org = SimulatedOrganization.CreateHealthy(Content);
        var policyId = org.FindPolicyId("org-backup-baseline")!;

        var error = Assert.Throws<OrganizationsException>(() => org.DetachPolicy(policyId, org.TargetIdOf("Workloads")));

        Assert.Equal("PolicyNotAttachedException", error.ErrorCode);
    }

    [Fact]
    public void CaptureIsAValueThatChangesWithTheOrganization()
    {
        var org = SimulatedOrganization.CreateHealthy(Content);
        var policyId = org.FindPolicyId("org-backup-baseline")!;
        var before = org.Capture();
        var again = org.Capture();

        org.EditPolicyContent(policyId, """{"plans":{}}""");

        Assert.Equal(before, again);
        Assert.Equal(before.GetHashCode(), again.GetHashCode());
        Assert.NotEqual(before, org.Capture());
    }

    [Fact]
    public async Task InjectedFaultsFailTheNextCallsOfThatOperationOnly()
    {
        var org = SimulatedOrganization.CreateHealthy(Content);
        org.InjectFault("ListRoots", "TooManyRequestsException", count: 2);
        org.InjectFault("DescribePolicy", "ServiceException");

        var first = await ErrorOf(() => org.ListRootsAsync(s_none));
        var second = await ErrorOf(() => org.ListRootsAsync(s_none));
        var third = await org.ListRootsAsync(s_none);
        var server = await ErrorOf(() => org.DescribePolicyAsync(org.FindPolicyId("org-backup-baseline")!, s_none));

        Assert.Equal(("TooManyRequestsException", 400, true), (first.ErrorCode, first.HttpStatus, first.IsRetryable));
        Assert.Equal("TooManyRequestsException", second.ErrorCode);
        Assert.Single(third);
        Assert.Equal((500, true), (server.HttpStatus, server.IsRetryable));
        Assert.Equal(3, org.CallsOf("ListRoots"));
    }

    [Fact]
    public async Task FaultedWritesChangeNothingAndAreRecordedWithTheirError()
    {
        var org = SimulatedOrganization.CreateHealthy(Content);
        var policyId = org.FindPolicyId("org-backup-baseline")!;
        var ou = org.TargetIdOf("Workloads");
        org.InjectFault("AttachPolicy", "ConcurrentModificationException");
        var before = org.Capture();

        await ErrorOf(() => org.AttachManagedPolicyAsync(new ManagedPolicyId(policyId), ou, s_none));
        var unchanged = org.Capture();
        await org.AttachManagedPolicyAsync(new ManagedPolicyId(policyId), ou, s_none);

        Assert.Equal(before, unchanged);
        Assert.Equal(
            [WriteCall.AttachPolicy(policyId, ou, "ConcurrentModificationException"), WriteCall.AttachPolicy(policyId, ou)],
            org.Writes);
    }

    [Fact]
    public async Task HookRunsJustBeforeTheOperationAndOnlyTheRequestedTimes()
    {
        var org = SimulatedOrganization.CreateHealthy(Content);
        var policyId = org.FindPolicyId("org-backup-baseline")!;
        var ou = org.TargetIdOf("Workloads");
        org.BeforeOperation("AttachPolicy", () => org.AttachPolicy(policyId, ou));

        var raced = await ErrorOf(() => org.AttachManagedPolicyAsync(new ManagedPolicyId(policyId), ou, s_none));
        org.DetachPolicy(policyId, ou);
        await org.AttachManagedPolicyAsync(new ManagedPolicyId(policyId), ou, s_none);

        Assert.Equal("DuplicatePolicyAttachmentException", raced.ErrorCode);
        Assert.Equal(2, org.CallsOf("AttachPolicy"));
    }

    [Fact]
    public async Task CountsCallsPerOperationAndWritesInOrder()
    {
        var org = SimulatedOrganization.CreateHealthy(Content);
        var policyId = org.FindPolicyId("org-backup-baseline")!;
        var ou = org.TargetIdOf("Sandbox");

        await org.ListRootsAsync(s_none);
        await org.ListBackupPoliciesAsync(s_none);
        await org.DescribePolicyAsync(policyId, s_none);
        await org.ListTargetsForPolicyAsync(policyId, s_none);
        await org.UpdateManagedPolicyAsync(new ManagedPolicyId(policyId), new PolicyUpdate(Content: Content), s_none);
        await org.AttachManagedPolicyAsync(new ManagedPolicyId(policyId), ou, s_none);

        Assert.Equal(
            new Dictionary<string, int>
            {
                ["ListRoots"] = 1, ["ListPolicies"] = 1, ["DescribePolicy"] = 1, ["ListTargetsForPolicy"] = 1,
                ["UpdatePolicy"] = 1, ["AttachPolicy"] = 1,
            },
            org.CallCounts);
        Assert.Equal(6, org.TotalCalls);
        Assert.Equal(2, org.TotalWrites);
        Assert.Equal([WriteCall.UpdatePolicy(policyId), WriteCall.AttachPolicy(policyId, ou)], org.Writes);
    }

    [Fact]
    public async Task ListOperationsCountOneCallPerPage()
    {
        var org = SimulatedOrganization.CreateHealthy(Content, options: new SimulationOptions { PageSize = 2 });
        var policyId = org.FindPolicyId("org-backup-baseline")!;
        for (var i = 0; i < 4; i++)
        {
            org.CreatePolicy(PolicyTypes.BackupPolicy, $"team-{i}", Content);
        }

        foreach (var name in new[] { "Security", "Workloads", "Sandbox", "Production" })
        {
            org.AttachPolicy(policyId, org.TargetIdOf(name));
        }

        var policies = await org.ListBackupPoliciesAsync(s_none);
        var targets = await org.ListTargetsForPolicyAsync(policyId, s_none);

        Assert.Equal(5, policies.Count);
        Assert.Equal(5, targets.Count);
        Assert.Equal(3, org.CallsOf("ListPolicies"));
        Assert.Equal(3, org.CallsOf("ListTargetsForPolicy"));
    }

    [Fact]
    public async Task SetUpApiIsNotCountedAsPortCalls()
    {
        var org = SimulatedOrganization.CreateHealthy(Content);

        org.DisablePolicyType(PolicyTypes.BackupPolicy);
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        org.CreatePolicy("TAG_POLICY", "t", "{}");
        org.ResetCounters();
        await org.ListRootsAsync(s_none);

        Assert.Equal(1, org.TotalCalls);
        Assert.Empty(org.Writes);
    }

    [Fact]
    public async Task ConcurrentCallersDoNotCorruptState()
    {
        var org = SimulatedOrganization.CreateHealthy(Content);
        var policyId = org.FindPolicyId("org-backup-baseline")!;
        var ous = Enumerable.Range(0, 40).Select(i => org.CreateOrganizationalUnit($"ou-{i}")).ToList();

        await Task.WhenAll(ous.Select(ou => Task.Run(() => org.AttachManagedPolicyAsync(new ManagedPolicyId(policyId), ou, s_none))));

        Assert.Equal(41, org.Capture().Policies.Single(p => p.Id == policyId).TargetIds.Count);
        Assert.Equal(40, org.CallsOf("AttachPolicy"));
    }

    [Fact]
    public async Task CancelledCallsDoNothing()
    {
        var org = SimulatedOrganization.CreateHealthy(Content);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => org.ListRootsAsync(new CancellationToken(canceled: true)));

        Assert.Equal(0, org.TotalCalls);
    }

    [Fact]
    public void PolicyIdsAreEightLowercaseAlphanumerics()
    {
        var org = new SimulatedOrganization();

        var ids = Enumerable.Range(0, 20).Select(i => org.CreatePolicy("TAG_POLICY", $"t{i}", "{}")).ToList();

        Assert.All(ids, id => Assert.Matches(new Regex("^p-[a-z0-9]{8}$"), id));
        Assert.Equal(20, ids.Distinct().Count());
    }
}
