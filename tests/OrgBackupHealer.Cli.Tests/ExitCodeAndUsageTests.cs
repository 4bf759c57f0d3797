using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>Issue 14 item 9, and one test per documented exit code (docs/cli.md, "Exit codes").</summary>
public sealed class ExitCodeAndUsageTests
{
    [Theory]
    [InlineData(new[] { "plan", "--bogus" }, "plan")]
    [InlineData(new[] { "plan", "--output", "yaml" }, "plan")]
    [InlineData(new[] { "heal", "--timeout", "0" }, "heal")]
    [InlineData(new[] { "validate" }, "validate")]
    [InlineData(new[] { "frobnicate" }, "")]
    public async Task AUsageErrorIsOneErrorLineAndAHintWithExitCode64AndNoHelpOnStdout(string[] args, string command)
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync(args);

        Assert.Equal(64, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.StartsWith("error: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(command.Length == 0 ? "Run 'orgbackuphealer --help' for usage." : $"Run 'orgbackuphealer {command} --help' for usage.", run.ErrorLines[1]);
    }

    [Fact]
    public async Task AUsageErrorWithJsonOutputPrintsOneJsonDocumentSayingSo()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("plan", "--simulate", "--bogus", "--output", "json");

        Assert.Equal(64, run.ExitCode);
        var json = run.Json();
        Assert.Equal(1, json.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("usageError", json.GetProperty("status").GetString());
        Assert.Equal(64, json.GetProperty("exitCode").GetInt32());
        Assert.Contains("--bogus", json.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("usage", json.GetProperty("error").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task HelpStillPrintsTheHelpOnStdoutAndExitsZero()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("plan", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--skip-unknown-targets", await HealHelpAsync(cli), StringComparison.Ordinal);
        Assert.Contains("--adopt-policy-id", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExitCodeZeroWhenHealthy()
    {
        using var cli = new CliDriver();

        Assert.Equal(0, (await cli.RunAsync("plan", "--simulate")).ExitCode);
    }

    [Fact]
    public async Task ExitCodeOneOnAnError()
    {
        using var cli = new CliDriver();

        Assert.Equal(1, (await cli.RunAsync("plan", "--simulate", "--policy-file", "missing.json")).ExitCode);
    }

    [Fact]
    public async Task ExitCodeTwoWhenPlanFindsDrift()
    {
        using var cli = new CliDriver();

        Assert.Equal(2, (await cli.RunAsync("plan", "--simulate", "--break", "detached")).ExitCode);
    }

    [Fact]
    public async Task ExitCodeThreeWhenATargetDoesNotExist()
    {
        using var cli = new CliDriver();

        Assert.Equal(3, (await cli.RunAsync("plan", "--simulate", "--target", "root", "--target", "ou-abcd-12345678")).ExitCode);
    }

    [Fact]
    public async Task ExitCodeFourWhenHealIsDeclinedOrCannotAsk()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.EditPolicyContent(ShippedPolicy.PolicyId(organization), OrganizationBreaker.Tamper(ShippedPolicy.Content));
        using var cli = new CliDriver(organization);

        var declined = await cli.RunAsync("no\n", interactive: true, "heal");
        var notATerminal = await cli.RunAsync("y\n", interactive: false, "heal");

        Assert.Equal((4, 4), (declined.ExitCode, notATerminal.ExitCode));
        Assert.Contains("Declined: nothing was written.", declined.Error, StringComparison.Ordinal);
        Assert.Contains("stdin is not a terminal", notATerminal.Error, StringComparison.Ordinal);
        Assert.Equal(0, organization.TotalWrites);
    }

    [Fact]
    public async Task ADeclinedHealWithJsonOutputSaysDeclined()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.EditPolicyContent(ShippedPolicy.PolicyId(organization), OrganizationBreaker.Tamper(ShippedPolicy.Content));
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("heal", "--output", "json");

        Assert.Equal(4, run.ExitCode);
        var json = run.Json();
        Assert.Equal("declined", json.GetProperty("status").GetString());
        Assert.Equal("notConfirmed", json.GetProperty("error").GetProperty("kind").GetString());
        Assert.Equal(["UpdatePolicy"], json.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task VersionPrintsTheToolVersion()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Out.Trim());
    }

    private static async Task<string> HealHelpAsync(CliDriver cli) => (await cli.RunAsync("heal", "--help")).Out;
}
