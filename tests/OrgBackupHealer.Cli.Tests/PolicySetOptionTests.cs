using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Core.Desired;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>How --policy-set combines with the other policy options: --policy narrows it, the single-policy options are refused.</summary>
public sealed class PolicySetOptionTests
{
    [Fact]
    public async Task PolicyNarrowsTheSetToOneEntry()
    {
        var organization = PolicySets.Organization();
        using var cli = new CliDriver(organization);
        var set = PolicySets.Write(cli, organization.TargetIdOf("Workloads"));

        var whole = await cli.RunAsync("plan", "--policy-set", set, "--output", "json");
        var narrowed = await cli.RunAsync("plan", "--policy-set", set, "--policy", "prod", "--output", "json");

        Assert.Equal(["baseline", "prod"], Keys(whole));
        Assert.Equal(["prod"], Keys(narrowed));
    }

    [Fact]
    public async Task APolicyTheSetDoesNotHaveIsAUsageErrorNamingItsKeys()
    {
        var organization = PolicySets.Organization();
        using var cli = new CliDriver(organization);
        var set = PolicySets.Write(cli, organization.TargetIdOf("Workloads"));

        var run = await cli.RunAsync("plan", "--policy-set", set, "--policy", "gold");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--policy 'gold' is not an entry of the policy set (its keys: baseline, prod).", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, organization.TotalCalls);
    }

    [Theory]
    [InlineData("--policy-name", "x")]
    [InlineData("--policy-file", "backup-policy.json")]
    [InlineData("--target", "root")]
    [InlineData("--adopt-policy-id", "p-abcd1234")]
    public async Task ASinglePolicyOptionBesideAPolicySetIsAUsageError(string option, string value)
    {
        var organization = PolicySets.Organization();
        using var cli = new CliDriver(organization);
        var set = PolicySets.Write(cli, organization.TargetIdOf("Workloads"));

        var run = await cli.RunAsync("plan", "--policy-set", set, option, value);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"{option} cannot be combined with --policy-set: the set names every policy, its file, its targets and what it adopts.", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, organization.TotalCalls);
    }

    [Fact]
    public async Task AnInvalidPolicySetIsRefusedWithEveryErrorBeforeAnyCall()
    {
        var organization = PolicySets.Organization();
        using var cli = new CliDriver(organization);
        var set = cli.WriteFile("policy-set.json", """{ "owner": "platform", "policies": [] }""");

        var run = await cli.RunAsync("plan", "--policy-set", set);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.StartsWith($"error: {set} is not a valid policy set: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(0, organization.TotalCalls);
    }

    [Fact]
    public async Task PlanShowsAnEntryThatCannotBePlannedAsStoppedWithTheReasonAndPlansTheRest()
    {
        var organization = PolicySets.Organization();
        PolicySets.OtherOwnersProductionPolicy(organization);
        organization.DetachPolicy(organization.FindPolicyId(HealerDefaults.PolicyName)!, organization.RootId);
        using var cli = new CliDriver(organization);
        var set = PolicySets.Write(cli, organization.TargetIdOf("Workloads"));

        var run = await cli.RunAsync("plan", "--policy-set", set);

        Assert.Equal(1, run.ExitCode);
        var lines = run.OutLines;
        var baseline = Array.IndexOf(lines, "Policy 'baseline':");
        var prod = Array.IndexOf(lines, "Policy 'prod':");
        Assert.True(baseline >= 0 && prod > baseline, run.Out);
        Assert.Contains(lines[baseline..prod], l => l.Contains("AttachPolicy", StringComparison.Ordinal) && l.Contains(organization.RootId, StringComparison.Ordinal));
        Assert.StartsWith("Stopped: ", lines[prod + 1], StringComparison.Ordinal);
        Assert.Contains("without the tags of entry 'prod'", lines[prod + 1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task APolicySetNoEntryOfWhichCanBePlannedStillReportsTheOrganizationAndEachEntrysError()
    {
        var organization = PolicySets.Organization();
        PolicySets.OtherOwnersProductionPolicy(organization);
        var baselineId = organization.FindPolicyId(HealerDefaults.PolicyName)!;
        foreach (var tag in PolicySets.Baseline.Tags.Keys)
        {
            organization.RemovePolicyTag(baselineId, tag);
        }

        using var cli = new CliDriver(organization);
        var set = PolicySets.Write(cli, organization.TargetIdOf("Workloads"));

        var run = await cli.RunAsync("plan", "--policy-set", set, "--output", "json");

        Assert.Equal(1, run.ExitCode);
        var json = run.Json();
        Assert.Equal(organization.RootId, json.GetProperty("organization").GetProperty("rootId").GetString());
        Assert.Equal("2 entries of the policy set could not be planned (see policies[].error).", json.GetProperty("error").GetProperty("message").GetString());
        Assert.All(json.GetProperty("policies").EnumerateArray(), p => Assert.Equal("OwnershipConflict", p.GetProperty("error").GetProperty("reason").GetString()));
    }

    private static string[] Keys(CliRun run) =>
        [.. run.Json().GetProperty("policies").EnumerateArray().Select(p => p.GetProperty("key").GetString()!)];
}
