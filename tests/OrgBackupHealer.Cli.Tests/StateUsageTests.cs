using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>The state commands' command line: what is required, and where the usage hint points.</summary>
public sealed class StateUsageTests
{
    [Theory]
    [InlineData("show")]
    [InlineData("reset-flap-guard")]
    public async Task AStateCommandWithoutItsTableIsAUsageErrorThatPointsToItsOwnHelp(string command)
    {
        // Arrange
        using var cli = new CliDriver();

        // Act
        var run = await cli.RunAsync("state", command, "--output", "json");

        // Assert
        Assert.Equal(64, run.ExitCode);
        Assert.Contains("--state-table", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal($"Run 'orgbackuphealer state {command} --help' for usage.", run.ErrorLines[1]);
        Assert.Equal($"state {command}", run.Json().GetProperty("command").GetString());
    }

    [Fact]
    public async Task StateWithoutASubcommandIsAUsageError()
    {
        // Arrange
        using var cli = new CliDriver();

        // Act
        var run = await cli.RunAsync("state");

        // Assert
        Assert.Equal(64, run.ExitCode);
        Assert.Equal("Run 'orgbackuphealer state --help' for usage.", run.ErrorLines[1]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    public async Task ALimitOutsideTheFunctionsRangeIsAUsageError(string limit)
    {
        // Arrange
        using var cli = new CliDriver();

        // Act
        var run = await cli.RunAsync("state", "show", "--state-table", "t", "--max-healing-runs-per-hour", limit);

        // Assert
        Assert.Equal(64, run.ExitCode);
        Assert.Equal("error: --max-healing-runs-per-hour must be between 1 and 1000.", run.ErrorLines[0]);
    }
}
