using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Cli.Tests.Coverage;

/// <summary>coverage --output json: one document on stdout with an accounts array, a summary and the metrics.</summary>
public sealed class CoverageJsonTests
{
    [Fact]
    public async Task EachAccountSaysWhetherTheBaselineIsInEffectAndWhichPolicyOverridesWhichKey()
    {
        // Arrange
        using var cli = new CliDriver();
        var policyFile = cli.WriteFile(UnlockedBaseline.FileName, UnlockedBaseline.Content);
        var simulated = SimulatedIds.After(PolicyBreak.ChildOverride, UnlockedBaseline.Content);

        // Act
        var run = await cli.RunAsync("coverage", "--simulate", "--break", "child-override", "--policy-file", policyFile, "--output", "json");

        // Assert
        var json = run.Json();
        Assert.Equal((1, "coverage", "gaps", 2), (json.GetProperty("schemaVersion").GetInt32(), json.GetProperty("command").GetString(), json.GetProperty("status").GetString(), json.GetProperty("exitCode").GetInt32()));
        var prod = CoverageRows.Account(json, "prod-app");
        Assert.Equal(simulated.TargetIdOf("prod-app"), prod.GetProperty("accountId").GetString());
        Assert.Equal("Root/Workloads/Production", prod.GetProperty("ouPath").GetString());
        Assert.False(prod.GetProperty("inEffect").GetBoolean());
        Assert.False(prod.GetProperty("effectivePolicyInvalid").GetBoolean());
        var change = Assert.Single(prod.GetProperty("overrides").EnumerateArray());
        Assert.Equal("$.plans.org-backup-baseline.regions", change.GetProperty("path").GetString());
        Assert.Equal("Changed", change.GetProperty("change").GetString());
        Assert.Equal(
            $"{OrganizationBreaker.OverridingPolicyName} ({simulated.FindPolicyId(OrganizationBreaker.OverridingPolicyName)}) at {simulated.TargetIdOf(OrganizationBreaker.OverridingOrganizationalUnit)}",
            change.GetProperty("by").GetString());
        Assert.Empty(prod.GetProperty("blockedOverrides").EnumerateArray());
        Assert.Empty(prod.GetProperty("validationErrors").EnumerateArray());
        Assert.True(CoverageRows.Account(json, "audit").GetProperty("inEffect").GetBoolean());
    }

    [Fact]
    public async Task ABlockedOverrideLeavesTheAccountInEffectAndIsListedAsBlocked()
    {
        // Arrange
        using var cli = new CliDriver();

        // Act
        var run = await cli.RunAsync("coverage", "--simulate", "--break", "child-override", "--output", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        Assert.Equal("covered", json.GetProperty("status").GetString());
        var dev = CoverageRows.Account(json, "dev-app");
        Assert.True(dev.GetProperty("inEffect").GetBoolean());
        Assert.Empty(dev.GetProperty("overrides").EnumerateArray());
        Assert.Contains("refused (OperatorNotAllowedForChildPolicies)", Assert.Single(dev.GetProperty("blockedOverrides").EnumerateArray()).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSummaryAndMetricsCountTheAccountsInEffectOverriddenAndInvalid()
    {
        // Arrange
        using var cli = new CliDriver();

        // Act
        var run = await cli.RunAsync("coverage", "--simulate", "--break", "invalid-effective", "--output", "json");

        // Assert
        var json = run.Json();
        Assert.Equal(2, json.GetProperty("exitCode").GetInt32());
        var summary = json.GetProperty("summary");
        Assert.Equal((5, 4, 0, 1), (summary.GetProperty("accounts").GetInt32(), summary.GetProperty("inEffect").GetInt32(), summary.GetProperty("overridden").GetInt32(), summary.GetProperty("invalid").GetInt32()));
        Assert.True(summary.GetProperty("complete").GetBoolean());
        Assert.Empty(summary.GetProperty("unfinished").EnumerateArray());
        Assert.InRange(summary.GetProperty("organizationsCalls").GetInt32(), 1, 100);
        var prod = CoverageRows.Account(json, OrganizationBreaker.InvalidAccount);
        Assert.True(prod.GetProperty("effectivePolicyInvalid").GetBoolean());
        Assert.StartsWith("ELEMENTS_TOO_MANY: ", Assert.Single(prod.GetProperty("validationErrors").EnumerateArray()).GetString(), StringComparison.Ordinal);
        var metrics = json.GetProperty("metrics");
        Assert.Equal(("OrgBackupHealer", "orgbackuphealer-cli"), (metrics.GetProperty("namespace").GetString(), metrics.GetProperty("service").GetString()));
        Assert.Equal((0, 1, 0), (metrics.GetProperty("baselineOverridden").GetInt32(), metrics.GetProperty("effectivePolicyInvalid").GetInt32(), metrics.GetProperty("coverageIncomplete").GetInt32()));
    }

    [Fact]
    public async Task AnIncompleteCheckSaysSoInTheStatusSummaryAndMetrics()
    {
        // Arrange
        var time = new FakeTimeProvider();
        var organization = ShippedPolicy.HealthyOrganization();
        organization.BeforeOperation(OrganizationsOperations.ListAccountsForParent, () => time.Advance(TimeSpan.FromSeconds(2)));
        using var cli = new CliDriver(organization, time: time);

        // Act
        var run = await cli.RunAsync("coverage", "--budget", "1", "--output", "json");

        // Assert
        var json = run.Json();
        Assert.Equal(("incomplete", 2), (json.GetProperty("status").GetString(), json.GetProperty("exitCode").GetInt32()));
        Assert.False(json.GetProperty("summary").GetProperty("complete").GetBoolean());
        Assert.Contains("walking the organization:", Assert.Single(json.GetProperty("summary").GetProperty("unfinished").EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.Equal(1, json.GetProperty("metrics").GetProperty("coverageIncomplete").GetInt32());
    }

    [Fact]
    public async Task TheHumanReportGoesToStderrAndStdoutHoldsOnlyTheDocument()
    {
        // Arrange
        using var cli = new CliDriver();

        // Act
        var run = await cli.RunAsync("coverage", "--simulate", "--output", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(5, run.Json().GetProperty("accounts").GetArrayLength());
        Assert.Contains("Summary: 5 of 5 account(s)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmitMetricsWritesTheCoverageMetricsAsEmfLinesAfterTheReport()
    {
        // Arrange
        using var cli = new CliDriver();

        // Act
        var run = await cli.RunAsync("coverage", "--simulate", "--break", "invalid-effective", "--emit-metrics", "--output", "json");

        // Assert
        var lines = run.ErrorLines;
        var firstEmf = Array.FindIndex(lines, IsEmf);
        Assert.True(firstEmf > 0);
        Assert.Equal(2, lines.Length - firstEmf);
        Assert.Contains("\"BaselineOverridden\":0", lines[firstEmf], StringComparison.Ordinal);
        Assert.Contains("\"EffectivePolicyInvalid\":1", lines[firstEmf + 1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnErrorIsStillOneJsonDocumentNamingTheCommand()
    {
        // Arrange
        using var cli = new CliDriver();

        // Act
        var run = await cli.RunAsync("coverage", "--simulate", "--policy-file", "missing.json", "--output", "json");

        // Assert
        Assert.Equal(1, run.ExitCode);
        var json = run.Json();
        Assert.Equal(("coverage", "failed", 1), (json.GetProperty("command").GetString(), json.GetProperty("status").GetString(), json.GetProperty("exitCode").GetInt32()));
        Assert.Equal("input", json.GetProperty("error").GetProperty("kind").GetString());
    }

    private static bool IsEmf(string line) => line.StartsWith("{\"_aws\"", StringComparison.Ordinal);
}
