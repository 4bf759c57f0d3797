using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task DemoHealsEveryScenarioAndExitsZero()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("demo");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("BACKUP_POLICY type disabled on the root", run.Out);
        Assert.Contains("Policy deleted", run.Out);
        Assert.Contains("Policy content edited by hand", run.Out);
        Assert.Contains("Policy detached from the Workloads OU", run.Out);
        Assert.Contains("Combination:", run.Out);
        Assert.Equal(6, run.Out.Split("Result: healthy").Length - 1);
        Assert.Contains("Summary: 6/6 scenarios ended healthy; the healthy run made zero writes.", run.Out);
    }

    [Fact]
    public async Task DemoShowsEachFixTypeAsAnEmittedAutoFixMetric()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("demo");

        foreach (var fixType in new[] { "PolicyTypeEnabled", "PolicyRecreated", "ContentRestored", "PolicyReattached" })
        {
            Assert.Contains($"\"FixType\":\"{fixType}\",\"AutoFix\":1", run.Out);
        }
    }

    [Fact]
    public async Task DemoShowsTheHealthyRunCostsOnlyReads()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("demo");

        var healthyRun = run.Out[run.Out.IndexOf("=== Healthy organization", StringComparison.Ordinal)..];
        Assert.Contains("Healthy: nothing to do.", healthyRun);
        Assert.Contains("reads DescribePolicy=1, ListPolicies=1, ListRoots=1, ListTagsForResource=1, ListTargetsForPolicy=1; writes 0", healthyRun);
    }
}
