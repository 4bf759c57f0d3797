using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>Issue 14 item 7: messages that say what is actually wrong.</summary>
public sealed class MessageTests
{
    [Fact]
    public async Task AnAwsProfileVariableNamingNoProfileIsReportedAsSuch()
    {
        using var cli = new CliDriver(environment: new Dictionary<string, string> { ["AWS_PROFILE"] = "nosuch-obh-test-profile" });

        var run = await cli.RunAsync("plan");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: AWS_PROFILE is set to 'nosuch-obh-test-profile', but there is no profile of that name", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Set AWS_PROFILE", line, StringComparison.Ordinal);
        Assert.DoesNotContain("No AWS credentials", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADirectoryGivenAsThePolicyFileIsCalledADirectory()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("plan", "--simulate", "--policy-file", ".");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is a directory, not a file", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APolicyFileThatIsNotJsonIsExplainedWithLineAndColumn()
    {
        using var cli = new CliDriver();
        cli.WriteFile("broken.json", "{\"plans\": }");

        var run = await cli.RunAsync("plan", "--simulate", "--policy-file", "broken.json");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("$: not valid JSON: line 1, column 11: expected a value", line, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASnapshotFileThatIsNotJsonIsExplainedWithLineAndColumn()
    {
        using var cli = new CliDriver(ShippedPolicy.HealthyOrganization());
        cli.WriteFile("snapshot.json", "{\n  \"rootId\": \"r-ab12\",\n  \"policyName\" \"x\"\n}");

        var run = await cli.RunAsync("restore", "--from", "snapshot.json", "--yes");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("is not a snapshot file: not valid JSON at line 3, column 16: expected ':' after the key", line, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOwnershipConflictIsOneLineNamingTheAdoptFlag()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        var policyId = ShippedPolicy.PolicyId(organization);
        organization.RemovePolicyTag(policyId, "managed-by");
        using var cli = new CliDriver(organization);

        var conflict = await cli.RunAsync("plan");
        var adopted = await cli.RunAsync("plan", "--adopt-policy-id", policyId);

        Assert.Equal(1, conflict.ExitCode);
        Assert.Contains($"--adopt-policy-id {policyId}", Assert.Single(conflict.ErrorLines), StringComparison.Ordinal);
        Assert.NotEqual(1, adopted.ExitCode);
        Assert.Equal("", adopted.Error);
    }

    [Fact]
    public async Task AnAdoptPolicyIdThatIsNotAPolicyIdIsAUsageError()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("plan", "--simulate", "--adopt-policy-id", "baseline");

        Assert.Equal(64, run.ExitCode);
        Assert.Contains("--adopt-policy-id 'baseline' is not a policy id", run.ErrorLines[0], StringComparison.Ordinal);
    }
}
