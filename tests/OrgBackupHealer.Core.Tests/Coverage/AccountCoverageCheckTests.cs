using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Coverage;

/// <summary>The check an EffectivePolicyValidation event asks for: one account, found from below, judged as the walk judges it.</summary>
public sealed class AccountCoverageCheckTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task AnAccountWithItsPlansInEffectIsJudgedInEffectWithItsPathFromTheRoot()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var prod = org.TargetIdOf("prod-app");

        // Act
        var report = await Check(org).RunForAccountAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), prod, CancellationToken.None);

        // Assert
        var account = Assert.Single(report.Accounts);
        Assert.Equal(prod, account.AccountId);
        Assert.True(account.InEffect);
        Assert.Equal($"Root/{org.TargetIdOf("Workloads")}/{org.TargetIdOf("Production")}", account.OuPath);
        Assert.Equal(prod, report.Account);
        Assert.True(report.InvalidAccountsListed);
        Assert.Equal(0, org.CallsOf(OrganizationsOperations.ListAccountsForParent));
    }

    [Fact]
    public async Task AnAccountOrganizationsFindsInvalidIsAGapWithItsValidationErrors()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var prod = org.TargetIdOf("prod-app");
        var other = org.TargetIdOf("audit");
        org.MarkEffectivePolicyInvalid(prod, new EffectivePolicyValidationError("ELEMENTS_TOO_MANY", "'hourly_rule' exceeds the allowed maximum limit 10", "plans/hourly-backup/rules/hourly_rule", ["p-examplepolicyid111"]));
        org.MarkEffectivePolicyInvalid(other, new EffectivePolicyValidationError("ELEMENTS_TOO_MANY", "too many rules", null, []));

        // Act
        var report = await Check(org).RunForAccountAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), prod, CancellationToken.None);

        // Assert: the organization-wide count, and only this account's errors read.
        var account = Assert.Single(report.Accounts);
        Assert.False(account.InEffect);
        Assert.True(account.EffectivePolicyInvalid);
        Assert.Contains(account.ValidationErrors, e => e.Contains("ELEMENTS_TOO_MANY", StringComparison.Ordinal) && e.Contains("p-examplepolicyid111", StringComparison.Ordinal));
        Assert.Equal(2, report.InvalidAccounts);
        Assert.Equal(1, org.CallsOf(OrganizationsOperations.ListEffectivePolicyValidationErrors));
    }

    [Fact]
    public async Task AnOverrideOnTheAccountsPathIsFoundAsTheWalkFindsIt()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(CoverageOrganizations.UnlockedBaseline);
        var team = org.CreatePolicy(PolicyTypes.BackupPolicy, "workloads-regions", CoverageOrganizations.RegionOverride);
        org.AttachPolicy(team, org.TargetIdOf("Workloads"));
        var set = CoverageOrganizations.Set(CoverageOrganizations.UnlockedBaseline);

        // Act
        var single = await Check(org).RunForAccountAsync(set, org.TargetIdOf("prod-app"), CancellationToken.None);
        var walk = await Check(org).RunAsync(set, CancellationToken.None);

        // Assert
        Assert.Equal(walk.Accounts.Single(a => a.AccountName == "prod-app").Overrides, Assert.Single(single.Accounts).Overrides);
    }

    [Fact]
    public async Task AnAccountUnderNoEntrysTargetsIsNotJudgedAndCostsNoPolicyReads()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var set = CoverageOrganizations.Set(SamplePolicies.Shipped, org.TargetIdOf("Production"));

        // Act
        var report = await Check(org).RunForAccountAsync(set, org.TargetIdOf("audit"), CancellationToken.None);

        // Assert
        Assert.Empty(report.Accounts);
        Assert.True(report.Complete);
        Assert.Equal(0, org.CallsOf(OrganizationsOperations.ListPolicies));
    }

    [Fact]
    public async Task AnAccountThatLeftTheOrganizationFailsTheCheckWithTheServicesError()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);

        // Act
        var failure = await Assert.ThrowsAsync<OrganizationsException>(
            () => Check(org).RunForAccountAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), "999999999999", CancellationToken.None));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.ChildNotFound, failure.ErrorCode);
    }

    [Fact]
    public async Task ItsOutcomeSaysNothingAboutTheCycleButCountsTheInvalidAccounts()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var prod = org.TargetIdOf("prod-app");
        org.MarkEffectivePolicyInvalid(prod, new EffectivePolicyValidationError("ELEMENTS_TOO_MANY", "too many rules", null, []));

        // Act
        var report = await Check(org).RunForAccountAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), prod, CancellationToken.None);
        var outcome = new CoverageOutcome(report, CoverageProgress.Start);

        // Assert
        Assert.Null(outcome.BaselineOverridden);
        Assert.Null(outcome.Incomplete);
        Assert.Equal(1, outcome.EffectivePolicyInvalid);
    }

    [Fact]
    public async Task ACheckCutShortByItsBudgetNamesTheAccountItDidNotJudge()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var slow = new ClockAdvancingPort(org, _time, TimeSpan.FromSeconds(5));

        // Act
        var report = await new CoverageCheck(slow, _time, new CoverageOptions { Budget = TimeSpan.FromSeconds(10) })
            .RunForAccountAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), org.TargetIdOf("prod-app"), CancellationToken.None);

        // Assert
        Assert.Empty(report.Accounts);
        Assert.Equal($"the check used its 10 s budget while reading the account's parents: account {org.TargetIdOf("prod-app")} was not judged", Assert.Single(report.Unfinished));
    }

    [Fact]
    public async Task AnEmptyAccountIdIsRefusedBeforeAnyCall()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);

        // Act + Assert
        await Assert.ThrowsAsync<ArgumentException>(
            () => Check(org).RunForAccountAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), "", CancellationToken.None));
        Assert.Equal(0, org.TotalCalls);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task AListParentsAnswerWithoutExactlyOneParentIsAnInvalidResponse(int parents)
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var root = new OrganizationNode(org.RootId, string.Empty, TargetType.Root);
        var port = new ParentsAnsweringPort(org, _ => [.. Enumerable.Repeat(root, parents)]);

        // Act
        var failure = await Assert.ThrowsAsync<OrganizationsException>(
            () => new CoverageCheck(port, _time, new CoverageOptions()).RunForAccountAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), "111111111111", CancellationToken.None));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.InvalidResponse, failure.ErrorCode);
        Assert.Equal("ListParents of 111111111111 did not answer with exactly one parent.", failure.Message);
    }

    [Fact]
    public async Task AnAccountFiveOusBelowTheRootIsJudgedWithItsWholePath()
    {
        // Arrange: Organizations' deepest nesting, answered by ListParents one level at a time.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var port = new ParentsAnsweringPort(org, child => [Chain(org, child, depth: 5)]);

        // Act
        var report = await new CoverageCheck(port, _time, new CoverageOptions())
            .RunForAccountAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), "111111111111", CancellationToken.None);

        // Assert
        Assert.Equal("Root/ou-ab12-00000001/ou-ab12-00000002/ou-ab12-00000003/ou-ab12-00000004/ou-ab12-00000005", Assert.Single(report.Accounts).OuPath);
        // Every ListParents call counted (the stub answered them, the organization the others).
        Assert.Equal(org.TotalCalls + 6, report.OrganizationsCalls);
    }

    [Fact]
    public async Task AChainOfParentsDeeperThanOrganizationsAllowsIsAnInvalidResponseNotAnEndlessClimb()
    {
        // Arrange: an OU that is its own parent, as a broken answer could say.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var port = new ParentsAnsweringPort(org, _ => [new OrganizationNode("ou-ab12-looploop", string.Empty, TargetType.OrganizationalUnit)]);

        // Act
        var failure = await Assert.ThrowsAsync<OrganizationsException>(
            () => new CoverageCheck(port, _time, new CoverageOptions()).RunForAccountAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), "111111111111", CancellationToken.None));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.InvalidResponse, failure.ErrorCode);
        Assert.Equal("ListParents of 111111111111 leads through more than 5 OUs.", failure.Message);
    }

    /// <summary>The parent of <paramref name="child"/> in a chain root / ou-…01 / … / ou-…0<paramref name="depth"/> / account.</summary>
    private static OrganizationNode Chain(SimulatedOrganization org, string child, int depth)
    {
        var level = child.StartsWith("ou-", StringComparison.Ordinal) ? int.Parse(child[^8..], System.Globalization.CultureInfo.InvariantCulture) - 1 : depth;
        return level == 0
            ? new OrganizationNode(org.RootId, string.Empty, TargetType.Root)
            : new OrganizationNode($"ou-ab12-{level:D8}", string.Empty, TargetType.OrganizationalUnit);
    }

    [Fact]
    public async Task ACheckCutShortWhileReadingThePoliciesOnThePathSaysSo()
    {
        // Arrange: the first DescribePolicy takes the whole budget.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var slow = new BudgetExhaustingPort(org, _time, TimeSpan.FromSeconds(10), OrganizationsOperations.DescribePolicy);
        var prod = org.TargetIdOf("prod-app");

        // Act
        var report = await new CoverageCheck(slow, _time, new CoverageOptions { Budget = TimeSpan.FromSeconds(10) })
            .RunForAccountAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), prod, CancellationToken.None);

        // Assert
        Assert.Empty(report.Accounts);
        Assert.Equal($"the check used its 10 s budget while judging the account: account {prod} was not judged", Assert.Single(report.Unfinished));
    }

    private CoverageCheck Check(SimulatedOrganization org) => new(org, _time, new CoverageOptions());
}
