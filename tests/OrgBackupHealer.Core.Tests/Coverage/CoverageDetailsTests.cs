using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Coverage;

/// <summary>What the coverage report says about each account, and what the check cost.</summary>
public sealed class CoverageDetailsTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task ValidationErrorsAreReadAsCodeMessagePathAndContributingPolicies()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        org.MarkEffectivePolicyInvalid(org.TargetIdOf("audit"),
            new EffectivePolicyValidationError("ELEMENTS_TOO_MANY", "too many rules", "plans.x.rules", ["p-abcdefgh", "p-ijklmnop"]));
        org.MarkEffectivePolicyInvalid(org.TargetIdOf("prod-app"),
            new EffectivePolicyValidationError("KEY_UNKNOWN", "unknown key", null, []),
            new EffectivePolicyValidationError("KEY_UNKNOWN", "unknown key", "", []));

        // Act
        var report = await Check(org).RunAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), CancellationToken.None);

        // Assert
        var byName = report.Accounts.ToDictionary(a => a.AccountName);
        Assert.Equal(["ELEMENTS_TOO_MANY: too many rules at plans.x.rules (policies p-abcdefgh, p-ijklmnop)"], byName["audit"].ValidationErrors);
        Assert.Equal(["KEY_UNKNOWN: unknown key", "KEY_UNKNOWN: unknown key"], byName["prod-app"].ValidationErrors);
        Assert.True(byName["audit"].EffectivePolicyInvalid);
    }

    [Fact]
    public async Task AnAccountOrganizationsFindsValidHasNoValidationErrors()
    {
        // Arrange: another account is invalid, so validation errors are read this run.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        org.MarkEffectivePolicyInvalid(org.TargetIdOf("audit"), new EffectivePolicyValidationError("E", "m", null, []));

        // Act
        var report = await Check(org).RunAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), CancellationToken.None);

        // Assert
        var valid = report.Accounts.Where(a => a.AccountName != "audit").ToList();
        Assert.Equal(4, valid.Count);
        Assert.All(valid, a =>
        {
            Assert.Empty(a.ValidationErrors);
            Assert.False(a.EffectivePolicyInvalid);
            Assert.True(a.InEffect);
        });
    }

    [Fact]
    public async Task TheReportCountsEveryCallTheCheckMade()
    {
        // Arrange: every listing fits one page, so the organization's count is the number of calls.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        org.MarkEffectivePolicyInvalid(org.TargetIdOf("audit"), new EffectivePolicyValidationError("E", "m", null, []));
        org.AttachPolicy(org.CreatePolicy(PolicyTypes.BackupPolicy, "sandbox-extra", CoverageOrganizations.RegionOverride), org.TargetIdOf("Sandbox"));
        org.ResetCounters();

        // Act
        var report = await Check(org).RunAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), CancellationToken.None);

        // Assert: ListRoots; 5 parents × 2 listings; ListPolicies; 2 ListTargetsForPolicy; the invalid accounts and
        // one account's validation errors; 2 DescribePolicy.
        Assert.Equal(1 + 10 + 1 + 2 + 1 + 1 + 2, org.TotalCalls);
        Assert.Equal(org.TotalCalls, report.OrganizationsCalls);
    }

    [Fact]
    public async Task InvalidAccountsOutsideTheDesiredTargetsStillCountAsInvalid()
    {
        // Arrange: only Sandbox is desired; Organizations reports two accounts elsewhere invalid.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        org.MarkEffectivePolicyInvalid(org.TargetIdOf("audit"), new EffectivePolicyValidationError("E", "m", null, []));
        org.MarkEffectivePolicyInvalid(org.TargetIdOf("prod-app"), new EffectivePolicyValidationError("E", "m", null, []));

        // Act
        var report = await Check(org).RunAsync(
            CoverageOrganizations.Set(SamplePolicies.Shipped, org.TargetIdOf("Sandbox")), CancellationToken.None);

        // Assert
        Assert.Equal("sandbox-1", Assert.Single(report.Accounts).AccountName);
        Assert.Equal(2, report.InvalidAccountsReported);
        Assert.Equal(2, report.InvalidAccounts);
        Assert.False(report.AllCovered);
    }

    [Theory]
    [InlineData(3, 1, 3)]
    [InlineData(0, 2, 2)]
    public void InvalidAccountsIsTheLargerOfReportedAndEvaluatedInvalid(int reported, int evaluatedInvalid, int expected)
    {
        // Arrange
        var accounts = Enumerable.Range(0, evaluatedInvalid)
            .Select(i => new AccountCoverage($"{i:D12}", $"account-{i}", "Root", [], ["E: m"], EffectivePolicyInvalid: true, []))
            .ToList();

        // Act
        var report = new CoverageReport(accounts, reported, OrganizationsCalls: 0, Unfinished: []);

        // Assert
        Assert.Equal(expected, report.InvalidAccounts);
    }

    [Fact]
    public void AnOverrideSaysWhichPolicySetItWhenOneDid()
    {
        Assert.Equal("$.plans.b.regions: Changed by policy team (p-abcdefgh) at ou-ab12-cdefghij",
            new BaselineOverride("$.plans.b.regions", "Changed", "policy team (p-abcdefgh) at ou-ab12-cdefghij").ToString());
        Assert.Equal("$.plans.b.regions: Removed", new BaselineOverride("$.plans.b.regions", "Removed", null).ToString());
    }

    private CoverageCheck Check(SimulatedOrganization org) => new(org, _time, new CoverageOptions());
}
