using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Tests.Coverage;

/// <summary>Issue 12 item 5: coverage's table and exit codes, on the simulation and on a simulated stand-in for AWS.</summary>
public sealed class CoverageCommandTests
{
    private static readonly string[] s_workloadsAccounts = ["dev-app", "prod-app"];
    private static readonly string[] s_otherAccounts = ["audit", "log-archive", "sandbox-1"];

    [Fact]
    public async Task EveryAccountOfAHealthySimulatedOrganizationHasTheBaselineInEffectAndTheExitCodeIsZero()
    {
        // Arrange
        using var cli = new CliDriver();

        // Act
        var run = await cli.RunAsync("coverage", "--simulate");

        // Assert
        Assert.Equal(0, run.ExitCode);
        foreach (var (name, parent) in SimulatedOrganization.SampleAccounts)
        {
            var row = CoverageRows.Row(run.Out, name);
            Assert.Matches(@"^\d{12}$", row[0]);
            Assert.EndsWith(parent, row[2], StringComparison.Ordinal);
            Assert.Equal("yes", row[3]);
            Assert.Equal(4, row.Length);
        }

        Assert.Equal("Root/Workloads/Production", CoverageRows.Row(run.Out, "prod-app")[2]);
        Assert.Contains("Summary: 5 of 5 account(s) have the baseline in effect; 0 overridden, 0 invalid;", run.Out, StringComparison.Ordinal);
        Assert.Contains("Covered: the baseline is in effect in every account checked.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHeaderNamesTheOrganizationItsManagementAccountThePolicyAndThePolicyFile()
    {
        // Arrange
        using var cli = new CliDriver();
        var policyFile = cli.WriteFile(UnlockedBaseline.FileName, UnlockedBaseline.Content);
        var simulated = SimulatedIds.After(PolicyBreak.ChildOverride, UnlockedBaseline.Content);

        // Act
        var run = await cli.RunAsync("coverage", "--simulate", "--policy-file", policyFile);

        // Assert
        Assert.Contains($"Organization:    {simulated.OrganizationId} (management account {simulated.ManagementAccountId}), root {simulated.RootId}", run.Out, StringComparison.Ordinal);
        Assert.Contains($"Policy:          'org-backup-baseline' {ShippedPolicy.PolicyId(simulated)}, desired content from {policyFile}", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheShippedLockedBaselineRefusesAChildOverrideSoTheAccountsKeepItWithTheAttemptNotedAndTheExitCodeIsZero()
    {
        // Arrange
        using var cli = new CliDriver();
        var simulated = SimulatedIds.After(PolicyBreak.ChildOverride);
        var other = simulated.FindPolicyId(OrganizationBreaker.OverridingPolicyName);
        var workloads = simulated.TargetIdOf(OrganizationBreaker.OverridingOrganizationalUnit);

        // Act
        var run = await cli.RunAsync("coverage", "--simulate", "--break", "child-override");

        // Assert
        Assert.Equal(0, run.ExitCode);
        foreach (var name in s_workloadsAccounts)
        {
            Assert.Equal("yes", CoverageRows.Row(run.Out, name)[3]);
            Assert.Equal(
                [$"info: $.plans.org-backup-baseline.regions: Assign by {OrganizationBreaker.OverridingPolicyName} ({other}) at {workloads} refused (OperatorNotAllowedForChildPolicies)"],
                CoverageRows.Reasons(run.Out, name));
        }

        Assert.All(s_otherAccounts, name => Assert.Empty(CoverageRows.Reasons(run.Out, name)));
        Assert.Contains("info: another policy tried to change the baseline and its lock", run.Out, StringComparison.Ordinal);
        Assert.Contains("Covered:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChildOverrideOfAnUnlockedBaselineIsAGapNamingTheKeyThePolicyAndItsOuAndTheExitCodeIsTwo()
    {
        // Arrange
        using var cli = new CliDriver();
        var policyFile = cli.WriteFile(UnlockedBaseline.FileName, UnlockedBaseline.Content);
        var simulated = SimulatedIds.After(PolicyBreak.ChildOverride, UnlockedBaseline.Content);
        var other = simulated.FindPolicyId(OrganizationBreaker.OverridingPolicyName);
        var workloads = simulated.TargetIdOf(OrganizationBreaker.OverridingOrganizationalUnit);

        // Act
        var run = await cli.RunAsync("coverage", "--simulate", "--break", "child-override", "--policy-file", policyFile);

        // Assert
        Assert.Equal(2, run.ExitCode);
        foreach (var name in s_workloadsAccounts)
        {
            Assert.Equal("no", CoverageRows.Row(run.Out, name)[3]);
            Assert.Equal(
                [$"$.plans.org-backup-baseline.regions: Changed by {OrganizationBreaker.OverridingPolicyName} ({other}) at {workloads}"],
                CoverageRows.Reasons(run.Out, name));
        }

        Assert.All(s_otherAccounts, name => Assert.Equal("yes", CoverageRows.Row(run.Out, name)[3]));
        Assert.Contains("Summary: 3 of 5 account(s) have the baseline in effect; 2 overridden, 0 invalid;", run.Out, StringComparison.Ordinal);
        Assert.Contains("Overridden: another backup policy", run.Out, StringComparison.Ordinal);
        Assert.Contains("baseline-not-in-effect", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidEffectivePolicyIsAGapShowingOrganizationsValidationErrorAndTheExitCodeIsTwo()
    {
        // Arrange
        using var cli = new CliDriver();
        var policyId = ShippedPolicy.PolicyId(SimulatedIds.After(PolicyBreak.InvalidEffective));

        // Act
        var run = await cli.RunAsync("coverage", "--simulate", "--break", "invalid-effective");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("no", CoverageRows.Row(run.Out, OrganizationBreaker.InvalidAccount)[3]);
        var reason = Assert.Single(CoverageRows.Reasons(run.Out, OrganizationBreaker.InvalidAccount));
        Assert.StartsWith("invalid: ELEMENTS_TOO_MANY: ", reason, StringComparison.Ordinal);
        Assert.EndsWith($" at plans.org-backup-baseline.rules (policies {policyId})", reason, StringComparison.Ordinal);
        Assert.Equal(4, SimulatedOrganization.SampleAccounts.Count(a => CoverageRows.Row(run.Out, a.Name)[3] == "yes"));
        Assert.Contains("Summary: 4 of 5 account(s) have the baseline in effect; 0 overridden, 1 invalid;", run.Out, StringComparison.Ordinal);
        Assert.Contains("list-effective-policy-validation-errors", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithNoValidationErrorReadsAllowedAnInvalidAccountSaysItsErrorsWereNotRead()
    {
        // Arrange
        using var cli = new CliDriver();

        // Act
        var run = await cli.RunAsync("coverage", "--simulate", "--break", "invalid-effective", "--max-validation-errors", "0");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("invalid: not read this run", Assert.Single(CoverageRows.Reasons(run.Out, OrganizationBreaker.InvalidAccount)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAccountOrganizationsCallsInvalidWithoutAnyValidationErrorSaysSo()
    {
        // Arrange
        var organization = ShippedPolicy.HealthyOrganization();
        organization.MarkEffectivePolicyInvalid(organization.TargetIdOf("sandbox-1"));
        using var cli = new CliDriver(organization);

        // Act
        var run = await cli.RunAsync("coverage");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            ["invalid: Organizations reports the effective backup policy invalid and gave no validation error"],
            CoverageRows.Reasons(run.Out, "sandbox-1"));
    }

    [Fact]
    public async Task AnInvalidAccountOutsideTheTargetsCheckedIsCountedAndRootIsSuggested()
    {
        // Arrange
        using var cli = new CliDriver();
        var security = SimulatedIds.After(PolicyBreak.InvalidEffective).TargetIdOf("Security");

        // Act
        var run = await cli.RunAsync("coverage", "--simulate", "--break", "invalid-effective", "--target", security);

        // Assert
        Assert.DoesNotContain(OrganizationBreaker.InvalidAccount, run.Out, StringComparison.Ordinal);
        Assert.Contains(
            "Organizations reports 1 more account(s) with an invalid effective backup policy that are not under the targets checked (or were not reached); '--target root' checks every account.",
            run.Out,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADetachedBaselineLeavesEveryAccountWithoutItAndTheReportPointsToHeal()
    {
        // Arrange
        using var cli = new CliDriver();

        // Act
        var run = await cli.RunAsync("coverage", "--simulate", "--break", "detached");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.All(SimulatedOrganization.SampleAccounts, a => Assert.Equal("no", CoverageRows.Row(run.Out, a.Name)[3]));
        Assert.Equal(
            ["$.plans.org-backup-baseline: Removed (no policy on the account's path sets it)"],
            CoverageRows.Reasons(run.Out, "audit"));
        Assert.Contains("Note: the managed policy is not as desired (1 change(s) needed)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Drift: ", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Overridden: ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheAccountsUnderTheTargetsAreChecked()
    {
        // Arrange
        using var cli = new CliDriver();
        var security = SimulatedIds.After(PolicyBreak.Detached).TargetIdOf("Security");

        // Act
        var run = await cli.RunAsync("coverage", "--simulate", "--target", security);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("yes", CoverageRows.Row(run.Out, "audit")[3]);
        Assert.Equal("yes", CoverageRows.Row(run.Out, "log-archive")[3]);
        Assert.DoesNotContain("prod-app", run.Out, StringComparison.Ordinal);
        Assert.Contains("Summary: 2 of 2 account(s)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACheckItsBudgetCutShortExitsTwoAndSaysWhatItDidNotFinish()
    {
        // Arrange: listing the root's accounts takes two seconds of a one-second budget.
        var time = new FakeTimeProvider();
        var organization = ShippedPolicy.HealthyOrganization();
        organization.BeforeOperation(OrganizationsOperations.ListAccountsForParent, () => time.Advance(TimeSpan.FromSeconds(2)));
        using var cli = new CliDriver(organization, time: time);

        // Act
        var run = await cli.RunAsync("coverage", "--budget", "1");

        // Assert: no gap was found, and still the exit code is not 0.
        Assert.Equal(2, run.ExitCode);
        var unfinished = Assert.Single(run.OutLines, l => l.StartsWith("Unfinished: ", StringComparison.Ordinal));
        Assert.Contains("used its 1 s budget while walking the organization: 0 accounts evaluated under 1 parent; stopped before Root/Security", unfinished, StringComparison.Ordinal);
        Assert.Contains("Incomplete: the check did not reach every account", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Covered:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATargetThatDoesNotExistExitsThreeAndTheAccountsUnderTheOthersAreStillChecked()
    {
        // Arrange
        using var cli = new CliDriver();

        // Act
        var run = await cli.RunAsync("coverage", "--simulate", "--target", "root", "--target", "ou-abcd-12345678");

        // Assert
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("ou-abcd-12345678  TargetNotFound", run.Out, StringComparison.Ordinal);
        Assert.All(SimulatedOrganization.SampleAccounts, a => Assert.Equal("yes", CoverageRows.Row(run.Out, a.Name)[3]));
    }

    [Fact]
    public async Task AnErrorFromOrganizationsExitsOneWithOneErrorLine()
    {
        // Arrange
        var organization = ShippedPolicy.HealthyOrganization();
        organization.InjectFault(OrganizationsOperations.ListAccountsWithInvalidEffectivePolicy, OrganizationsErrorCodes.AccessDenied, message: "not allowed");
        using var cli = new CliDriver(organization);

        // Act
        var run = await cli.RunAsync("coverage");

        // Assert
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains("denied: not allowed", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoverageOnlyReadsEvenWhenItFindsGaps()
    {
        // Arrange
        var organization = ShippedPolicy.HealthyOrganization();
        organization.DetachPolicy(ShippedPolicy.PolicyId(organization), organization.RootId);
        organization.ResetCounters();
        using var cli = new CliDriver(organization);

        // Act
        var run = await cli.RunAsync("coverage");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.True(organization.TotalCalls > 0);
        Assert.Equal(0, organization.TotalWrites);
    }

    [Theory]
    [InlineData("--budget", "0")]
    [InlineData("--budget", "3601")]
    [InlineData("--max-validation-errors", "-1")]
    public async Task AnOutOfRangeBudgetOrCapIsAUsageError(string option, string value)
    {
        // Arrange
        using var cli = new CliDriver();

        // Act
        var run = await cli.RunAsync("coverage", "--simulate", option, value);

        // Assert
        Assert.Equal(64, run.ExitCode);
        Assert.Contains(option, run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("Run 'orgbackuphealer coverage --help' for usage.", run.ErrorLines[1]);
    }
}
