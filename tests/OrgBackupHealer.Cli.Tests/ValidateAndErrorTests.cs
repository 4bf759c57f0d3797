using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests;

public sealed class ValidateAndErrorTests
{
    private const string InvalidPolicy = """{"plans":{"p":{"rules":{"daily":{}},"selections":{"tags":{}},"regions":{"@@bogus":["us-east-1"]}}}}""";

    [Fact]
    public async Task ValidateAcceptsTheShippedPolicy()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("validate", Path.Combine(AppContext.BaseDirectory, "policies", "backup-policy.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("valid backup policy", run.Out);
    }

    [Fact]
    public async Task ValidateListsEachErrorWithItsJsonPath()
    {
        using var cli = new CliDriver();
        var file = cli.WriteFile("bad.json", InvalidPolicy);

        var run = await cli.RunAsync("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("$.plans.p.regions.@@bogus:", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith("$.plans.p.rules.daily.target_backup_vault_name:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvalidTargetIdIsAUsageErrorWithOneLineAndAHint()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("plan", "--simulate", "--target", "ou-bad");

        Assert.Equal(64, run.ExitCode);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.StartsWith("error: --target 'ou-bad' is not a target id", run.ErrorLines[0]);
        Assert.Equal("Run 'orgbackuphealer plan --help' for usage.", run.ErrorLines[1]);
    }

    [Fact]
    public async Task BadPolicyFileExitsOneWithTheFileAndErrorPaths()
    {
        using var cli = new CliDriver();
        var file = cli.WriteFile("bad.json", InvalidPolicy);

        var run = await cli.RunAsync("heal", "--simulate", "--yes", "--policy-file", "bad.json");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(file, line);
        Assert.Contains("$.plans.p.regions.@@bogus", line);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task BreakWithoutSimulateIsAUsageError()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("plan", "--break", "detached");

        Assert.Equal(64, run.ExitCode);
        Assert.Contains("--simulate", run.ErrorLines[0]);
    }

    [Fact]
    public async Task ReconcileErrorsExitOneWithTheOperatorMessage()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.EditPolicyContent(ShippedPolicy.PolicyId(organization), """{"plans":{}}""");
        organization.InjectFault("UpdatePolicy", "AccessDeniedException", count: 1, message: "not allowed");
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("heal", "--yes");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: UpdatePolicy was denied: not allowed.", line);
    }
}
