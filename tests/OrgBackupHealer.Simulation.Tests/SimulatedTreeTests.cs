using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Simulation.Tests;

/// <summary>
/// The organization's tree as the service lists and describes it (children per parent, DescribeAccount and
/// DescribeOrganizationalUnit, effective-policy validation) and as people change it (OUs and accounts created,
/// deleted, removed), with the service model's errors.
/// </summary>
public sealed class SimulatedTreeTests
{
    private const string Content = """{"plans":{}}""";
    private static readonly CancellationToken s_none = CancellationToken.None;
    private readonly SimulatedOrganization _org = SimulatedOrganization.CreateHealthy(Content);

    private static async Task<OrganizationsException> ErrorOf(Func<Task> call) => await Assert.ThrowsAsync<OrganizationsException>(call);

    [Fact]
    public async Task AParentListsItsOusAndItsAccountsSeparately()
    {
        // Arrange
        var workloads = _org.TargetIdOf("Workloads");

        // Act
        var ous = await _org.ListOrganizationalUnitsForParentAsync(workloads, s_none);
        var accounts = await _org.ListAccountsForParentAsync(workloads, s_none);
        var rootOus = await _org.ListOrganizationalUnitsForParentAsync(_org.RootId, s_none);

        // Assert
        Assert.Equal([new OrganizationNode(_org.TargetIdOf("Production"), "Production", TargetType.OrganizationalUnit)], ous);
        Assert.Equal([new OrganizationNode(_org.TargetIdOf("dev-app"), "dev-app", TargetType.Account)], accounts);
        Assert.Equal(["Sandbox", "Security", "Workloads"], rootOus.Select(n => n.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Workloads")]
    [InlineData("not-an-id")]
    public async Task ListingTheChildrenOfAMalformedIdFailsWithInvalidInput(string parentId)
    {
        // Act
        var ous = await ErrorOf(() => _org.ListOrganizationalUnitsForParentAsync(parentId, s_none));
        var accounts = await ErrorOf(() => _org.ListAccountsForParentAsync(parentId, s_none));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.InvalidInput, ous.ErrorCode);
        Assert.Equal(OrganizationsErrorCodes.InvalidInput, accounts.ErrorCode);
    }

    [Fact]
    public async Task ListingTheChildrenOfAnAccountOrAMissingOuFailsWithParentNotFound()
    {
        // Arrange
        var account = _org.TargetIdOf("prod-app");

        // Act
        var ofAccount = await ErrorOf(() => _org.ListOrganizationalUnitsForParentAsync(account, s_none));
        var ofMissing = await ErrorOf(() => _org.ListAccountsForParentAsync("ou-zzzz-zzzzzzzz", s_none));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.ParentNotFound, ofAccount.ErrorCode);
        Assert.Equal(OrganizationsErrorCodes.ParentNotFound, ofMissing.ErrorCode);
    }

    [Fact]
    public async Task TargetExistsAsksDescribeOrganizationalUnitForAnOuAndDescribeAccountForAnAccount()
    {
        // Arrange
        var ou = _org.TargetIdOf("Workloads");
        var account = _org.TargetIdOf("prod-app");

        // Act
        var answers = new[]
        {
            await _org.TargetExistsAsync(ou, s_none),
            await _org.TargetExistsAsync(account, s_none),
            await _org.TargetExistsAsync("ou-zzzz-zzzzzzzz", s_none),
            await _org.TargetExistsAsync("999999999999", s_none),
        };

        // Assert
        Assert.Equal([true, true, false, false], answers);
        Assert.Equal(2, _org.CallsOf(OrganizationsOperations.DescribeOrganizationalUnit));
        Assert.Equal(2, _org.CallsOf(OrganizationsOperations.DescribeAccount));
    }

    [Theory]
    [InlineData("ou-Workloads")]
    [InlineData("Workloads")]
    [InlineData("r-abcd")]
    public async Task TargetExistsRefusesAnIdOfNeitherPatternWithInvalidInput(string targetId)
    {
        // Act
        var failure = await ErrorOf(() => _org.TargetExistsAsync(targetId, s_none));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.InvalidInput, failure.ErrorCode);
    }

    [Fact]
    public async Task EffectivePolicyValidationListsTheInvalidAccountsWithTheirErrorsAndPath()
    {
        // Arrange
        var account = _org.TargetIdOf("prod-app");
        var error = new EffectivePolicyValidationError("ELEMENTS_TOO_MANY", "too many rules", "plans/p/rules", ["p-12345678"]);
        _org.MarkEffectivePolicyInvalid(account, error);

        // Act
        var invalid = await _org.ListAccountsWithInvalidEffectiveBackupPolicyAsync(s_none);
        var validation = await _org.ListEffectiveBackupPolicyValidationErrorsAsync(account, s_none);
        var healthy = await _org.ListEffectiveBackupPolicyValidationErrorsAsync(_org.TargetIdOf("dev-app"), s_none);

        // Assert
        Assert.Equal([new OrganizationNode(account, "prod-app", TargetType.Account)], invalid);
        Assert.Equal(account, validation.AccountId);
        Assert.Equal($"{_org.OrganizationId}/{_org.RootId}/{_org.TargetIdOf("Workloads")}/{_org.TargetIdOf("Production")}/{account}/", validation.Path);
        Assert.Equal([error], validation.Errors);
        Assert.Empty(healthy.Errors);
    }

    [Fact]
    public async Task AnAccountRemovedFromTheOrganizationIsNoLongerListedAsInvalid()
    {
        // Arrange
        var account = _org.TargetIdOf("sandbox-1");
        _org.MarkEffectivePolicyInvalid(account, new EffectivePolicyValidationError("E", "m", "p", []));

        // Act
        _org.RemoveAccount(account);
        var invalid = await _org.ListAccountsWithInvalidEffectiveBackupPolicyAsync(s_none);

        // Assert
        Assert.Empty(invalid);
    }

    [Fact]
    public async Task ValidationErrorsOfAnOuAreRefusedWithInvalidInput()
    {
        // Act
        var ou = await ErrorOf(() => _org.ListEffectiveBackupPolicyValidationErrorsAsync(_org.TargetIdOf("Workloads"), s_none));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.InvalidInput, ou.ErrorCode);
    }

    [Fact]
    public async Task ValidationErrorsOfAnAccountNotInTheOrganizationAreAccountNotFoundAsTheModelLists()
    {
        // Act
        var gone = await ErrorOf(() => _org.ListEffectiveBackupPolicyValidationErrorsAsync("999999999999", s_none));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.AccountNotFound, gone.ErrorCode);
    }

    [Fact]
    public async Task OnlyAnAccountOfTheOrganizationCanBeMarkedInvalid()
    {
        // Act
        var failure = Record.Exception(() => _org.MarkEffectivePolicyInvalid("999999999999", new EffectivePolicyValidationError("E", "m", "p", [])));

        // Assert
        Assert.IsType<OrganizationsException>(failure);
        Assert.Empty(await _org.ListAccountsWithInvalidEffectiveBackupPolicyAsync(s_none));
    }

    [Fact]
    public async Task ValidationErrorsCountOneCallPerPage()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(Content, options: new SimulationOptions { PageSize = 2 });
        var account = org.TargetIdOf("audit");
        org.MarkEffectivePolicyInvalid(account, [.. Enumerable.Range(0, 5).Select(i => new EffectivePolicyValidationError($"E{i}", "m", "p", []))]);

        // Act
        var validation = await org.ListEffectiveBackupPolicyValidationErrorsAsync(account, s_none);

        // Assert
        Assert.Equal(5, validation.Errors.Count);
        Assert.Equal(3, org.CallsOf(OrganizationsOperations.ListEffectivePolicyValidationErrors));
    }

    [Fact]
    public void AnOuCanBeCreatedInAnOuButNotInAnAccount()
    {
        // Arrange
        var workloads = _org.TargetIdOf("Workloads");
        var account = _org.TargetIdOf("prod-app");

        // Act
        var nested = _org.CreateOrganizationalUnit("Team", workloads);
        var inAccount = Assert.Throws<OrganizationsException>(() => _org.CreateOrganizationalUnit("Bad", account));
        var accountInAccount = Assert.Throws<OrganizationsException>(() => _org.CreateAccount("bad", account));

        // Assert
        Assert.Contains($"{nested} OrganizationalUnit Team parent={workloads}", _org.Capture().Entities);
        Assert.Equal(OrganizationsErrorCodes.InvalidInput, inAccount.ErrorCode);
        Assert.Equal(OrganizationsErrorCodes.InvalidInput, accountInAccount.ErrorCode);
    }

    [Fact]
    public void AnAccountIdMustHaveTwelveDigits()
    {
        // Act
        var failure = Assert.Throws<OrganizationsException>(() => _org.CreateAccount("short", accountId: "12345"));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.InvalidInput, failure.ErrorCode);
        Assert.Throws<KeyNotFoundException>(() => _org.TargetIdOf("short"));
    }

    [Fact]
    public void DeletingAnOuDetachesItsPoliciesAndOnlyAnEmptyOuCanBeDeleted()
    {
        // Arrange
        var sandbox = _org.TargetIdOf("Sandbox");
        var team = _org.CreateOrganizationalUnit("Team");
        var policyId = _org.FindPolicyId("org-backup-baseline")!;
        _org.AttachPolicy(policyId, team);

        // Act
        var notEmpty = Assert.Throws<OrganizationsException>(() => _org.DeleteOrganizationalUnit(sandbox));
        _org.DeleteOrganizationalUnit(team);

        // Assert
        Assert.Equal("OrganizationalUnitNotEmptyException", notEmpty.ErrorCode);
        var picture = _org.Capture();
        Assert.DoesNotContain(picture.Entities, e => e.StartsWith(team, StringComparison.Ordinal));
        Assert.All(picture.Policies, p => Assert.DoesNotContain(team, p.TargetIds));
        Assert.Contains(picture.Entities, e => e.StartsWith(sandbox, StringComparison.Ordinal));
    }

    [Fact]
    public void OnlyAnOuIsDeletedAsAnOuAndOnlyAnAccountIsRemovedAsAnAccount()
    {
        // Arrange
        var before = _org.Capture();

        // Act
        var accountAsOu = Assert.Throws<OrganizationsException>(() => _org.DeleteOrganizationalUnit(_org.TargetIdOf("prod-app")));
        var ouAsAccount = Assert.Throws<OrganizationsException>(() => _org.RemoveAccount(_org.TargetIdOf("Production")));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.InvalidInput, accountAsOu.ErrorCode);
        Assert.Equal(OrganizationsErrorCodes.InvalidInput, ouAsAccount.ErrorCode);
        Assert.Equal(before, _org.Capture());
    }

    [Fact]
    public async Task ARemovedAccountIsGoneWithItsAttachments()
    {
        // Arrange
        var account = _org.TargetIdOf("dev-app");
        var policyId = _org.FindPolicyId("org-backup-baseline")!;
        _org.AttachPolicy(policyId, account);

        // Act
        _org.RemoveAccount(account);

        // Assert
        Assert.False(await _org.TargetExistsAsync(account, s_none));
        Assert.All(_org.Capture().Policies, p => Assert.DoesNotContain(account, p.TargetIds));
    }

    [Fact]
    public void TargetsAreFoundByRootNameOrId()
    {
        // Arrange
        var account = _org.TargetIdOf("prod-app");

        // Act
        var root = _org.TargetIdOf("ROOT");
        var byId = _org.TargetIdOf(account);
        var missing = Record.Exception(() => _org.TargetIdOf("nobody"));

        // Assert
        Assert.Equal(_org.RootId, root);
        Assert.Equal(account, byId);
        Assert.IsType<KeyNotFoundException>(missing);
    }

    [Fact]
    public void NewEntitiesGetFullAwsAccessOnlyWhileServiceControlPoliciesAreEnabled()
    {
        // Arrange
        var org = new SimulatedOrganization();
        org.DisablePolicyType(SimulatedOrganization.ServiceControlPolicy);

        // Act
        var ou = org.CreateOrganizationalUnit("Workloads");

        // Assert
        Assert.Empty(org.Capture().Policies.Single(p => p.Id == SimulatedOrganization.FullAwsAccessPolicyId).TargetIds);
        Assert.Contains(org.Capture().Entities, e => e.StartsWith(ou, StringComparison.Ordinal));
    }

    [Fact]
    public void TheHealthyOrganizationHasTheSampleTree()
    {
        // Act
        var entities = _org.Capture().Entities;

        // Assert
        Assert.Equal(10, entities.Count);
        Assert.Contains($"{_org.TargetIdOf("Production")} OrganizationalUnit Production parent={_org.TargetIdOf("Workloads")}", entities);
        Assert.Contains($"{_org.TargetIdOf("sandbox-1")} Account sandbox-1 parent={_org.TargetIdOf("Sandbox")}", entities);
        Assert.Contains($"{_org.RootId} Root Root parent=", entities);
    }

    [Fact]
    public async Task TheHealthyOrganizationAttachesTheManagedPolicyWhereAskedAndTagsItWithTheGivenName()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(Content, ["Workloads", "audit"], policyName: "team-baseline");
        var policyId = org.FindPolicyId("team-baseline")!;

        // Act
        var targets = await org.ListTargetsForPolicyAsync(policyId, s_none);

        // Assert
        Assert.Equal([org.TargetIdOf("Workloads"), org.TargetIdOf("audit")], targets.Select(t => t.TargetId));
        Assert.Equal(PolicyTypeStatus.Enabled, org.PolicyTypeStatusOf(PolicyTypes.BackupPolicy));
    }

    [Fact]
    public async Task OuAndAccountTargetsCarryTheirRealArnsUnderTheManagementAccount()
    {
        // Arrange
        var org = new SimulatedOrganization(new SimulationOptions { ManagementAccountId = "222222222222", PendingEnableReads = 0 });
        var ou = org.CreateOrganizationalUnit("Workloads");
        var account = org.CreateAccount("prod-app", ou);
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        var policyId = org.CreatePolicy(PolicyTypes.BackupPolicy, "b", Content);
        org.AttachPolicy(policyId, ou);
        org.AttachPolicy(policyId, account);

        // Act
        var targets = await org.ListTargetsForPolicyAsync(policyId, s_none);

        // Assert
        Assert.Equal(
            [
                new PolicyTarget(ou, $"arn:aws:organizations::222222222222:ou/{org.OrganizationId}/{ou}", "Workloads", TargetType.OrganizationalUnit),
                new PolicyTarget(account, $"arn:aws:organizations::222222222222:account/{org.OrganizationId}/{account}", "prod-app", TargetType.Account),
            ],
            targets);
        Assert.Equal("222222222222", org.ManagementAccountId);
    }
}
