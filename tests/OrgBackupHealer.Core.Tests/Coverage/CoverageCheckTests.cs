using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Coverage;

public sealed class CoverageCheckTests
{
    private static readonly string[] s_invalidAccounts = ["audit", "prod-app", "dev-app"];
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task EveryAccountHasTheBaselineInEffectWhenNoOtherPolicyTouchesIt()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);

        // Act
        var report = await Check(org).RunAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), CancellationToken.None);

        // Assert
        Assert.Equal(SimulatedOrganization.SampleAccounts.Count, report.Accounts.Count);
        Assert.True(report.AllCovered);
        Assert.Contains(report.Accounts, a => a.AccountName == "prod-app" && a.OuPath == "Root/Workloads/Production");
    }

    [Fact]
    public async Task AChildPolicyOverridingAnUnlockedBaselineIsNamedForEveryAccountBelowIt()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(CoverageOrganizations.UnlockedBaseline);
        var workloads = org.TargetIdOf("Workloads");
        var team = org.CreatePolicy(PolicyTypes.BackupPolicy, "workloads-regions", CoverageOrganizations.RegionOverride);
        org.AttachPolicy(team, workloads);

        // Act
        var report = await Check(org).RunAsync(CoverageOrganizations.Set(CoverageOrganizations.UnlockedBaseline), CancellationToken.None);

        // Assert: prod-app and dev-app live under Workloads; the others keep the baseline.
        Assert.Equal(["dev-app", "prod-app"], report.Accounts.Where(a => !a.InEffect).Select(a => a.AccountName).Order(StringComparer.Ordinal));
        var prod = report.Accounts.Single(a => a.AccountName == "prod-app");
        var regions = Assert.Single(prod.Overrides);
        Assert.Equal("$.plans.org-backup-baseline.regions", regions.Path);
        Assert.Contains(team, regions.By, StringComparison.Ordinal);
        Assert.Contains(workloads, regions.By, StringComparison.Ordinal);
        Assert.Equal(2, report.OverriddenAccounts);
        Assert.False(report.AllCovered);
    }

    [Fact]
    public async Task TheShippedLockedBaselineRefusesTheSameOverrideAndSaysSo()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var team = org.CreatePolicy(PolicyTypes.BackupPolicy, "workloads-regions", CoverageOrganizations.RegionOverride);
        org.AttachPolicy(team, org.TargetIdOf("Workloads"));

        // Act
        var report = await Check(org).RunAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), CancellationToken.None);

        // Assert
        Assert.True(report.AllCovered);
        var prod = report.Accounts.Single(a => a.AccountName == "prod-app");
        Assert.Contains(prod.BlockedOverrides, b => b.Contains("$.plans.org-backup-baseline.regions", StringComparison.Ordinal) && b.Contains(team, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAccountOutsideEveryDesiredTargetIsNotEvaluatedAndOneWithoutTheBaselineIsAGap()
    {
        // Arrange: the baseline is attached to Security only, the desired targets are Security and Sandbox.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped, attachTo: ["Security"]);

        // Act
        var report = await Check(org).RunAsync(
            CoverageOrganizations.Set(SamplePolicies.Shipped, org.TargetIdOf("Security"), org.TargetIdOf("Sandbox")), CancellationToken.None);

        // Assert
        Assert.Equal(["audit", "log-archive", "sandbox-1"], report.Accounts.Select(a => a.AccountName).Order(StringComparer.Ordinal));
        var sandbox = report.Accounts.Single(a => a.AccountName == "sandbox-1");
        Assert.False(sandbox.InEffect);
        Assert.All(sandbox.Overrides, o => Assert.Null(o.By));
    }

    [Fact]
    public async Task AccountsOrganizationsReportsInvalidAreGapsWithTheirValidationErrorsUpToTheCap()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var accounts = s_invalidAccounts.Select(org.TargetIdOf).ToList();
        foreach (var account in accounts)
        {
            org.MarkEffectivePolicyInvalid(account, new EffectivePolicyValidationError("ELEMENTS_TOO_MANY", "too many rules", "plans.x.rules", ["p-abcdefgh"]));
        }

        // Act
        var report = await Check(org, new CoverageOptions { MaxValidationErrorReads = 2 })
            .RunAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), CancellationToken.None);

        // Assert
        Assert.Equal(3, report.InvalidAccounts);
        var invalid = report.Accounts.Where(a => a.EffectivePolicyInvalid).ToList();
        Assert.Equal(3, invalid.Count);
        Assert.Equal(2, invalid.Count(a => a.ValidationErrors.Any(e => e.StartsWith("ELEMENTS_TOO_MANY: too many rules at plans.x.rules", StringComparison.Ordinal))));
        Assert.Single(invalid, a => a.ValidationErrors.Single().StartsWith("not read this run", StringComparison.Ordinal));
        Assert.Equal(2, org.CallsOf(OrganizationsOperations.ListEffectivePolicyValidationErrors));
        Assert.False(report.AllCovered);
    }

    [Fact]
    public async Task AChecksThatRunsOutOfBudgetReportsWhatItDidNotFinish()
    {
        // Arrange: every tree listing takes a simulated second; the budget is 10 seconds.
        var org = CoverageOrganizations.Large();
        var slow = new ClockAdvancingPort(org, _time, TimeSpan.FromSeconds(1));

        // Act
        var report = await new CoverageCheck(slow, _time, new CoverageOptions { Budget = TimeSpan.FromSeconds(10) })
            .RunAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), CancellationToken.None);

        // Assert
        Assert.False(report.Complete);
        var unfinished = Assert.Single(report.Unfinished);
        Assert.Contains("walking the organization", unfinished, StringComparison.Ordinal);
        Assert.Contains("stopped before Root/Division", unfinished, StringComparison.Ordinal);
        Assert.False(report.Walk.Finished);
        Assert.NotEmpty(report.Walk.Next);
        Assert.False(report.AllCovered);
    }

    [Fact]
    public async Task FiveThousandAccountsThreeHundredOusAndThirtyOtherPoliciesCostAFixedNumberOfCalls()
    {
        // Arrange
        var org = CoverageOrganizations.Large();

        // Act
        var report = await Check(org).RunAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), CancellationToken.None);

        // Assert: 1 ListRoots; 301 parents × (OU listing + account listing), each one page (at most 20 children);
        // ListPolicies over 31 policies is 2 pages; 31 ListTargetsForPolicy; 31 DescribePolicy (each policy read once,
        // however many accounts it reaches); 1 ListAccountsWithInvalidEffectivePolicy.
        Assert.True(report.Complete);
        Assert.Equal(5_000, report.Accounts.Count);
        Assert.Equal(1 + 301 + 301 + 2 + 31 + 31 + 1, org.TotalCalls);
        Assert.Equal(31, org.CallsOf(OrganizationsOperations.DescribePolicy));
        Assert.True(report.AllCovered);
    }

    [Fact]
    public async Task TenManagedAndThirtyForeignPoliciesAtFiveThousandAccountsStayWithinTheCallBudgetFormula()
    {
        // Arrange: a policy set of ten entries: the baseline on the root and a tier on each of nine divisions, every
        // tier attached and tagged as its entry; the 30 other teams' policies as before.
        var org = CoverageOrganizations.Large();
        var entries = new List<DesiredState> { CoverageOrganizations.Desired(SamplePolicies.Shipped) with { Identity = new PolicyIdentity("platform", "baseline") } };
        for (var i = 0; i < 9; i++)
        {
            var content = ThreeTierSet.Production.Replace("org-backup-prod", $"division-{i}", StringComparison.Ordinal);
            var identity = new PolicyIdentity("platform", $"division-{i}");
            var division = org.TargetIdOf($"Division{i:D2}");
            org.AttachPolicy(org.CreatePolicy(PolicyTypes.BackupPolicy, $"division-{i}", content, "", identity.Tags), division);
            entries.Add(new DesiredState($"division-{i}", "", Core.Policies.PolicyDocument.Parse(content, Core.Policies.PolicyScope.Partial), [division], HealerMode.Enforce, identity));
        }

        org.ResetCounters();

        // Act
        var report = await Check(org).RunAsync(new PolicySet("platform", entries), CancellationToken.None);

        // Assert: docs/performance.md's formula, 1 + 2 × parents + ⌈policies / 20⌉ + policies (targets) + attached
        // policies (content) + 1, with 301 parents and 40 backup policies all attached.
        Assert.True(report.Complete);
        Assert.Equal(5_000, report.Accounts.Count);
        Assert.Equal(1 + (2 * 301) + 2 + 40 + 40 + 1, org.TotalCalls);
        Assert.True(report.AllCovered);
        Assert.Contains(report.Accounts, a => a.Policies.SequenceEqual(["baseline", "division-0"]));
    }

    [Fact]
    public async Task TheWalkCountsEveryAccountItJudgedAndThoseOverriddenTowardTheCycle()
    {
        // Arrange: a regional override on Workloads reaches the accounts below it.
        var org = SimulatedOrganization.CreateHealthy(CoverageOrganizations.UnlockedBaseline);
        var team = org.CreatePolicy(PolicyTypes.BackupPolicy, "workloads-regions", CoverageOrganizations.RegionOverride);
        org.AttachPolicy(team, org.TargetIdOf("Workloads"));

        // Act
        var walk = await Check(org).RunAsync(CoverageOrganizations.Set(CoverageOrganizations.UnlockedBaseline), CancellationToken.None);

        // Assert
        Assert.InRange(walk.OverriddenAccounts, 1, walk.Accounts.Count - 1);
        Assert.Equal((walk.Accounts.Count, walk.OverriddenAccounts), (walk.Walk.CountedAccounts, walk.Walk.CountedOverridden));
    }

    [Theory]
    [InlineData(2000, false)]
    [InlineData(1999, true)]
    public async Task AnOverrideIsExcusedOnlyWhileTheEntrysExemptionOfTheAccountIsInForce(int expiresInYear, bool stillAGap)
    {
        // Arrange: a regional override on Workloads; prod-app exempted until the end of June (the clock is at 2000-01-01).
        var org = SimulatedOrganization.CreateHealthy(CoverageOrganizations.UnlockedBaseline);
        var team = org.CreatePolicy(PolicyTypes.BackupPolicy, "workloads-regions", CoverageOrganizations.RegionOverride);
        org.AttachPolicy(team, org.TargetIdOf("Workloads"));
        var prod = org.TargetIdOf("prod-app");
        var desired = CoverageOrganizations.Desired(CoverageOrganizations.UnlockedBaseline) with
        {
            Exemptions = [new Exemption(prod, "regional pilot", "team-a", new DateOnly(expiresInYear, 6, 30))],
        };

        // Act
        var report = await Check(org).RunAsync(PolicySet.Of(desired), CancellationToken.None);

        // Assert
        var account = report.Accounts.Single(a => a.AccountId == prod);
        Assert.Equal(stillAGap, account.Overrides.Count > 0);
        Assert.Equal(prod, Assert.Single(account.Exemptions).Target);
        Assert.NotEmpty(report.Accounts.Single(a => a.AccountName == "dev-app").Overrides);
    }

    private CoverageCheck Check(SimulatedOrganization org, CoverageOptions? options = null) => new(org, _time, options ?? new CoverageOptions());
}
