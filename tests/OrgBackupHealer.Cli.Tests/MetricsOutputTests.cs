using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>Issue 14 item 8: metric JSON never lands among the lines a person reads.</summary>
public sealed class MetricsOutputTests
{
    private static bool IsEmf(string line) => line.StartsWith("{\"_aws\"", StringComparison.Ordinal);

    [Fact]
    public async Task HealWritesNoMetricLinesUnlessAsked()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.EditPolicyContent(ShippedPolicy.PolicyId(organization), OrganizationBreaker.Tamper(ShippedPolicy.Content));
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("y\n", interactive: true, "heal");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(run.OutLines, IsEmf);
        Assert.DoesNotContain(run.ErrorLines, IsEmf);
        Assert.Contains("AutoFix  ContentRestored  1", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmitMetricsWritesThemToStderrAfterTheReport()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("heal", "--simulate", "--break", "type-disabled", "--yes", "--emit-metrics", "--output", "json");

        var lines = run.ErrorLines;
        var firstEmf = Array.FindIndex(lines, IsEmf);
        Assert.True(firstEmf > 0);
        Assert.All(lines[firstEmf..], l => Assert.True(IsEmf(l), l));
        Assert.Contains(lines, l => l.Contains("\"HealingRun\":1", StringComparison.Ordinal));
        Assert.Equal(1, run.Json().GetProperty("metrics").GetProperty("healingRun").GetInt32());
    }

    [Fact]
    public async Task PlanReportsDriftAsTheDriftDetectedMetricInJson()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("plan", "--simulate", "--break", "detached", "--output", "json");

        var metrics = run.Json().GetProperty("metrics");
        Assert.Equal(1, metrics.GetProperty("driftDetected").GetProperty("PolicyReattached").GetInt32());
        Assert.Empty(metrics.GetProperty("autoFix").EnumerateObject());
        Assert.Equal("orgbackuphealer-cli", metrics.GetProperty("service").GetString());
    }

    [Fact]
    public async Task PlanEmitsItsDriftAsMetricLinesOnStderrOnlyWhenAsked()
    {
        using var cli = new CliDriver();

        var quiet = await cli.RunAsync("plan", "--simulate", "--break", "detached");
        var asked = await cli.RunAsync("plan", "--simulate", "--break", "detached", "--emit-metrics");

        Assert.DoesNotContain(quiet.ErrorLines, IsEmf);
        var emf = Assert.Single(asked.ErrorLines, IsEmf);
        Assert.Contains("\"DriftDetected\":1", emf, StringComparison.Ordinal);
        Assert.Contains("\"FixType\":\"PolicyReattached\"", emf, StringComparison.Ordinal);
        Assert.DoesNotContain(asked.OutLines, IsEmf);
    }
}
