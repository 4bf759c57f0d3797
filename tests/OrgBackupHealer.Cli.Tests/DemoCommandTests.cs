using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>The demo: a two-tier policy set with exemptions, broken every way, healed, then checked for coverage.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public async Task DemoHealsEveryScenarioOfBothTiersAndExitsZero()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("demo");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[baseline] 'org-backup-baseline'", run.Out);
        Assert.Contains("[prod] 'org-backup-prod'", run.Out);
        Assert.Contains("BACKUP_POLICY type disabled on the root", run.Out);
        Assert.Contains("Baseline policy deleted", run.Out);
        Assert.Contains("Baseline policy content edited by hand", run.Out);
        Assert.Contains("Baseline policy detached from the Workloads OU", run.Out);
        Assert.Contains("Production tier edited and detached from the Production OU", run.Out);
        Assert.Equal(7, run.Out.Split("Result: healthy").Length - 1);
        Assert.Contains("Summary: 7/7 scenarios ended healthy; the healthy run made zero writes.", run.Out);
    }

    [Fact]
    public async Task DemoShowsEachFixTypeAsAnEmittedAutoFixMetricWithItsEntry()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("demo");

        Assert.Contains("\"FixType\":\"PolicyTypeEnabled\",\"Policy\":\"*\",\"AutoFix\":1", run.Out);
        foreach (var fixType in new[] { "PolicyRecreated", "ContentRestored", "PolicyReattached" })
        {
            Assert.Contains($"\"FixType\":\"{fixType}\",\"Policy\":\"baseline\",\"AutoFix\":1", run.Out);
        }

        Assert.Contains("\"FixType\":\"ContentRestored\",\"Policy\":\"prod\",\"AutoFix\":1", run.Out);
    }

    [Fact]
    public async Task DemoShowsTheHealthyRunOfBothTiersCostsOnlyReads()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("demo");

        var healthyRun = run.Out[run.Out.IndexOf("=== Healthy organization", StringComparison.Ordinal)..run.Out.IndexOf("=== Coverage", StringComparison.Ordinal)];
        Assert.Equal(2, healthyRun.Split("Healthy: nothing to do.").Length - 1);
        Assert.Contains("reads DescribePolicy=2, ListPolicies=1, ListRoots=1, ListTagsForResource=2, ListTargetsForPolicy=2; writes 0", healthyRun);
    }

    [Fact]
    public async Task DemoShowsTheExemptAccountsInTheCoverageCheckAndWarnsOfTheExpiringExemption()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("demo");

        var coverage = run.Out[run.Out.IndexOf("=== Coverage", StringComparison.Ordinal)..];
        Assert.Contains("sandbox-1    Root/Sandbox               exempt     exempt from 'baseline' until", coverage);
        Assert.Contains("warning: exemption from 'baseline' ends", coverage);
        Assert.Contains("5 of 5 account(s) have the baseline in effect; 0 overridden, 0 invalid, 2 exempt", coverage);
    }
}
