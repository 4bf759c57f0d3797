using System.Text.Json;
using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests;

public sealed class PlanCommandTests
{
    [Fact]
    public async Task PlanOnHealthySimulatedOrganizationExitsZero()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("plan", "--simulate");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Healthy: nothing to do.", run.Out);
    }

    [Theory]
    [InlineData("type-disabled", "EnablePolicyType,AttachPolicy")]
    [InlineData("policy-deleted", "CreatePolicy,AttachPolicy")]
    [InlineData("content-edited", "UpdatePolicy")]
    [InlineData("detached", "AttachPolicy")]
    public async Task PlanReportsEachBreakWithExitCodeTwoAndItsActions(string breakName, string expectedTypes)
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("plan", "--simulate", "--break", breakName, "--output", "json");

        Assert.Equal(2, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.False(json.RootElement.GetProperty("healthy").GetBoolean());
        var actions = json.RootElement.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(expectedTypes.Split(','), actions.Select(a => a.GetProperty("type").GetString()));
        Assert.All(actions, a =>
        {
            Assert.False(string.IsNullOrEmpty(a.GetProperty("target").GetString()));
            Assert.False(string.IsNullOrEmpty(a.GetProperty("fixType").GetString()));
            Assert.False(string.IsNullOrEmpty(a.GetProperty("reason").GetString()));
        });
    }

    [Fact]
    public async Task PlanWritesNothing()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.DetachPolicy(ShippedPolicy.PolicyId(organization), organization.RootId);
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("plan");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(0, organization.TotalWrites);
    }

    [Fact]
    public async Task PlanFromAnotherDirectoryUsesThePolicyShippedWithTheTool()
    {
        using var cli = new CliDriver();
        Assert.False(File.Exists(Path.Combine(cli.WorkingDirectory, "policies", "backup-policy.json")));

        var run = await cli.RunAsync("plan", "--simulate");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task PlanChecksEveryRequestedTarget()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        var ouId = organization.TargetIdOf("Workloads");
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("plan", "--target", "root", "--target", ouId, "--output", "json");

        Assert.Equal(2, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var action = Assert.Single(json.RootElement.GetProperty("actions").EnumerateArray());
        Assert.Equal("AttachPolicy", action.GetProperty("type").GetString());
        Assert.Equal(ouId, action.GetProperty("target").GetString());
    }
}
