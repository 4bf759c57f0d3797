using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests.Coverage;

/// <summary>
/// child-override and invalid-effective break what accounts get, not the managed policy: plan and heal would find
/// nothing, so they refuse the breaks instead of reporting a healthy organization; --help says so.
/// </summary>
public sealed class CoverageBreakTests
{
    [Theory]
    [InlineData("plan", "child-override")]
    [InlineData("plan", "invalid-effective")]
    [InlineData("heal", "child-override")]
    [InlineData("heal", "invalid-effective")]
    public async Task PlanAndHealRefuseACoverageOnlyBreakWithAUsageErrorThatPointsToCoverage(string command, string breakName)
    {
        // Arrange: heal is told to go ahead, so only the break can stop it.
        using var cli = new CliDriver();
        string[] args = command == "heal" ? [command, "--simulate", "--break", breakName, "--yes"] : [command, "--simulate", "--break", breakName];

        // Act
        var run = await cli.RunAsync(args);

        // Assert
        Assert.Equal(64, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith($"error: --break {breakName} is a coverage-only break", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains($"'orgbackuphealer coverage --simulate --break {breakName}'", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type-disabled")]
    [InlineData("policy-deleted")]
    [InlineData("content-edited")]
    [InlineData("detached")]
    public async Task CoverageAcceptsEveryBreakPlanAcceptsAndReportsItAsAGap(string breakName)
    {
        // Arrange
        using var cli = new CliDriver();

        // Act
        var run = await cli.RunAsync("coverage", "--simulate", "--break", breakName);

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Drift: the managed policy itself", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpNamesTheCoverageOnlyBreaksAndCoveragesOwnOptions()
    {
        // Arrange
        using var cli = new CliDriver();

        // Act
        var coverage = await cli.RunAsync("coverage", "--help");
        var plan = await cli.RunAsync("plan", "--help");

        // Assert
        Assert.Equal((0, 0), (coverage.ExitCode, plan.ExitCode));
        Assert.Contains("--budget", coverage.Out, StringComparison.Ordinal);
        Assert.Contains("--max-validation-errors", coverage.Out, StringComparison.Ordinal);
        Assert.Contains("--adopt-policy-id", coverage.Out, StringComparison.Ordinal);
        Assert.Contains("child-override and invalid-effective are coverage-only breaks", coverage.Out, StringComparison.Ordinal);
        Assert.Contains("child-override and invalid-effective are coverage-only breaks", plan.Out, StringComparison.Ordinal);
        Assert.Contains("use them with 'orgbackuphealer coverage'", plan.Out, StringComparison.Ordinal);
    }
}
