using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Organizations;
using Xunit;

namespace OrgBackupHealer.Testing.Contract;

/// <summary>
/// Behaviour every <see cref="IOrganizationsPort"/> shares with AWS Organizations. A test class derives from it
/// once per implementation (the real client against moto_server, the simulated organization); the differences an
/// implementation is allowed are declared by <see cref="Fidelity"/>, and moto's are listed in
/// <see cref="ServiceFidelity.Moto"/>.
/// </summary>
public abstract class OrganizationsPortContract
{
    protected abstract ServiceFidelity Fidelity { get; }

    /// <summary>A new, empty organization for one test.</summary>
    protected abstract Task<IContractOrganization> NewOrganizationAsync();

    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task ListsTheRootWithoutBackupPolicyTypeInANewOrganization()
    {
        var org = await NewOrganizationAsync();

        var roots = await org.Port.ListRootsAsync(None);

        var root = Assert.Single(roots);
        Assert.Equal(org.RootId, root.Id);
        Assert.Null(root.BackupPolicyStatus);
    }

    [Fact]
    public async Task EnablesBackupPolicyTypeOnTheRoot()
    {
        var org = await NewOrganizationAsync();

        var answered = await org.Port.EnableBackupPolicyTypeAsync(org.RootId, None);

        Assert.Equal(org.RootId, answered.Id);
        Assert.Contains(answered.BackupPolicyStatus, new PolicyTypeStatus?[] { PolicyTypeStatus.Enabled, PolicyTypeStatus.PendingEnable });
        var listed = Assert.Single(await org.Port.ListRootsAsync(None));
        Assert.NotNull(listed.BackupPolicyStatus);
    }

    [Fact]
    public async Task EnablingAnEnabledBackupPolicyTypeFailsWithPolicyTypeAlreadyEnabled()
    {
        var org = await NewOrganizationAsync();
        await org.Port.EnableBackupPolicyTypeAsync(org.RootId, None);

        var error = await Assert.ThrowsAnyAsync<OrganizationsException>(() => org.Port.EnableBackupPolicyTypeAsync(org.RootId, None));

        Assert.Equal(OrganizationsErrorCodes.PolicyTypeAlreadyEnabled, error.ErrorCode);
    }

    [Fact]
    public async Task EnablesBackupPolicyTypeAgainAfterItWasDisabled()
    {
        var org = await NewOrganizationAsync();
        await org.Port.EnableBackupPolicyTypeAsync(org.RootId, None);
        await org.DisableBackupPolicyTypeAsync();
        Assert.Null(Assert.Single(await org.Port.ListRootsAsync(None)).BackupPolicyStatus);

        var answered = await org.Port.EnableBackupPolicyTypeAsync(org.RootId, None);

        Assert.NotNull(answered.BackupPolicyStatus);
    }

    [Fact]
    public async Task CreatesABackupPolicyThatIsListed()
    {
        var org = await NewOrganizationAsync();
        var wanted = ContractPolicies.New("org-backup-baseline");

        var created = await org.Port.CreateBackupPolicyAsync(wanted, None);

        Assert.Equal(wanted.Name, created.Name);
        Assert.Equal(wanted.Description, created.Description);
        Assert.Equal(PolicyTypes.BackupPolicy, created.Type);
        Assert.False(created.AwsManaged);
        Assert.False(string.IsNullOrEmpty(created.Id));
        var listed = Assert.Single(await org.Port.ListBackupPoliciesAsync(None));
        Assert.Equal(created, listed);
    }

    [Fact]
    public async Task DescribesAPolicyWithItsContent()
    {
        var org = await NewOrganizationAsync();
        var wanted = ContractPolicies.New("org-backup-baseline");
        var created = await org.Port.CreateBackupPolicyAsync(wanted, None);

        var described = await org.Port.DescribePolicyAsync(created.Id, None);

        Assert.Equal(created, described.Summary);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(wanted.Content), JsonNode.Parse(described.Content)));
    }

    [Fact]
    public async Task UpdatesOnlyThePolicyContent()
    {
        var org = await NewOrganizationAsync();
        var created = await org.Port.CreateBackupPolicyAsync(ContractPolicies.New("org-backup-baseline"), None);
        var restored = ContractPolicies.Content("Restored");

        var updated = await org.Port.UpdateManagedPolicyAsync(new ManagedPolicyId(created.Id), new PolicyUpdate(Content: restored), None);

        Assert.Equal(created, updated);
        var described = await org.Port.DescribePolicyAsync(created.Id, None);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(restored), JsonNode.Parse(described.Content)));
    }

    [Fact]
    public async Task AttachesAPolicyToTheRootAndAnOuAndListsBothTargets()
    {
        var org = await NewOrganizationAsync();
        await EnableBackupPolicyTypeAndWaitAsync(org);
        var ouId = await org.CreateOrganizationalUnitAsync("Workloads");
        var policy = await org.Port.CreateBackupPolicyAsync(ContractPolicies.New("org-backup-baseline"), None);

        await org.Port.AttachManagedPolicyAsync(new ManagedPolicyId(policy.Id), org.RootId, None);
        await org.Port.AttachManagedPolicyAsync(new ManagedPolicyId(policy.Id), ouId, None);

        var targets = await org.Port.ListTargetsForPolicyAsync(policy.Id, None);
        Assert.Equal(
            new[] { (org.RootId, TargetType.Root), (ouId, TargetType.OrganizationalUnit) }.Order(),
            targets.Select(t => (t.TargetId, t.Type)).Order());
        Assert.Contains(targets, t => t.Type == TargetType.OrganizationalUnit && t.Name == "Workloads");
    }

    [Fact]
    public async Task ListsTheRootAsTheOneParentOfAnOuCreatedUnderIt()
    {
        var org = await NewOrganizationAsync();
        var ouId = await org.CreateOrganizationalUnitAsync("Workloads");

        var parents = await org.Port.ListParentsAsync(ouId, None);

        var parent = Assert.Single(parents);
        Assert.Equal((org.RootId, TargetType.Root), (parent.Id, parent.Type));
    }

    [Fact]
    public async Task ListsNoTargetsForAPolicyNobodyAttached()
    {
        var org = await NewOrganizationAsync();
        var policy = await org.Port.CreateBackupPolicyAsync(ContractPolicies.New("org-backup-baseline"), None);

        var targets = await org.Port.ListTargetsForPolicyAsync(policy.Id, None);

        Assert.Empty(targets);
    }

    [Fact]
    public async Task AttachingAnAttachedPolicyAgainIsRejectedAsDuplicateOrKeepsOneAttachment()
    {
        var org = await NewOrganizationAsync();
        await EnableBackupPolicyTypeAndWaitAsync(org);
        var policy = await org.Port.CreateBackupPolicyAsync(ContractPolicies.New("org-backup-baseline"), None);
        await org.Port.AttachManagedPolicyAsync(new ManagedPolicyId(policy.Id), org.RootId, None);

        var error = await Record.ExceptionAsync(() => org.Port.AttachManagedPolicyAsync(new ManagedPolicyId(policy.Id), org.RootId, None));

        if (Fidelity.RejectsDuplicateAttachment)
        {
            Assert.Equal(OrganizationsErrorCodes.DuplicatePolicyAttachment, Assert.IsAssignableFrom<OrganizationsException>(error).ErrorCode);
        }
        else
        {
            Assert.Null(error);
        }

        Assert.Single(await org.Port.ListTargetsForPolicyAsync(policy.Id, None));
    }

    [Fact]
    public async Task ListsEveryBackupPolicyWhenTheyFillMoreThanOnePage()
    {
        var org = await NewOrganizationAsync();
        var names = Enumerable.Range(1, (org.PolicyPageSize * 2) + 1).Select(i => $"policy-{i:D2}").ToList();
        foreach (var name in names)
        {
            await org.Port.CreateBackupPolicyAsync(ContractPolicies.New(name), None);
        }

        var listed = await org.Port.ListBackupPoliciesAsync(None);

        Assert.Equal(names, listed.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CreatingAPolicyWithATakenNameFailsWithDuplicatePolicy()
    {
        var org = await NewOrganizationAsync();
        await org.Port.CreateBackupPolicyAsync(ContractPolicies.New("org-backup-baseline"), None);

        var error = await Assert.ThrowsAnyAsync<OrganizationsException>(
            () => org.Port.CreateBackupPolicyAsync(ContractPolicies.New("org-backup-baseline", "Other"), None));

        Assert.Equal(OrganizationsErrorCodes.DuplicatePolicy, error.ErrorCode);
        Assert.Single(await org.Port.ListBackupPoliciesAsync(None));
    }

    [Fact]
    public async Task DescribingAnUnknownPolicyFailsWithPolicyNotFound()
    {
        var org = await NewOrganizationAsync();

        var error = await Assert.ThrowsAnyAsync<OrganizationsException>(() => org.Port.DescribePolicyAsync(UnknownPolicyId, None));

        Assert.Equal(OrganizationsErrorCodes.PolicyNotFound, error.ErrorCode);
    }

    [Fact]
    public async Task UpdatingAnUnknownPolicyFailsWithPolicyNotFound()
    {
        var org = await NewOrganizationAsync();

        var error = await Assert.ThrowsAnyAsync<OrganizationsException>(
            () => org.Port.UpdateManagedPolicyAsync(new ManagedPolicyId(UnknownPolicyId), new PolicyUpdate(Content: ContractPolicies.Content("Default")), None));

        Assert.Equal(OrganizationsErrorCodes.PolicyNotFound, error.ErrorCode);
    }

    [Fact]
    public async Task AttachingAnUnknownPolicyFailsWithPolicyNotFound()
    {
        var org = await NewOrganizationAsync();
        await EnableBackupPolicyTypeAndWaitAsync(org);

        var error = await Assert.ThrowsAnyAsync<OrganizationsException>(() => org.Port.AttachManagedPolicyAsync(new ManagedPolicyId(UnknownPolicyId), org.RootId, None));

        Assert.Equal(OrganizationsErrorCodes.PolicyNotFound, error.ErrorCode);
    }

    [Fact]
    public async Task ListingTargetsOfAnUnknownPolicyFailsWithPolicyNotFound()
    {
        var org = await NewOrganizationAsync();

        var error = await Assert.ThrowsAnyAsync<OrganizationsException>(() => org.Port.ListTargetsForPolicyAsync(UnknownPolicyId, None));

        Assert.Equal(OrganizationsErrorCodes.PolicyNotFound, error.ErrorCode);
    }

    /// <summary>
    /// EnablePolicyType is asynchronous in AWS (PENDING_ENABLE, then ENABLED) and attaching before ENABLED fails,
    /// so set-up reads the root until the type is enabled, as the healer does.
    /// </summary>
    private static async Task EnableBackupPolicyTypeAndWaitAsync(IContractOrganization org)
    {
        var status = (await org.Port.EnableBackupPolicyTypeAsync(org.RootId, None)).BackupPolicyStatus;
        for (var read = 0; status != PolicyTypeStatus.Enabled && read < 20; read++)
        {
            status = Assert.Single(await org.Port.ListRootsAsync(None)).BackupPolicyStatus;
        }

        Assert.Equal(PolicyTypeStatus.Enabled, status);
    }

    /// <summary>Matches the model's PolicyId pattern (p-[0-9a-zA-Z_]{8,128}) but names no policy.</summary>
    private const string UnknownPolicyId = "p-0000notthere";
}
