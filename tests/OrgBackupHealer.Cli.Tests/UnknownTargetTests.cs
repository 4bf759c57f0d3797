using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>Issue 14 item 2: a target that does not exist is its own finding (exit code 3), and heal writes nothing for it.</summary>
public sealed class UnknownTargetTests
{
    private const string TypoOu = "ou-abcd-12345678";
    private const string NoMember = "123456789012";

    [Fact]
    public async Task PlanReportsAnOuThatDoesNotExistAsAnUnknownTargetNotAsDrift()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("plan", "--target", "root", "--target", TypoOu, "--output", "json");

        Assert.Equal(3, run.ExitCode);
        var json = run.Json();
        Assert.Equal("unknownTargets", json.GetProperty("status").GetString());
        Assert.Empty(json.GetProperty("actions").EnumerateArray());
        var unknown = Assert.Single(json.GetProperty("unknownTargets").EnumerateArray());
        Assert.Equal(TypoOu, unknown.GetProperty("targetId").GetString());
        Assert.Equal("TargetNotFound", unknown.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task PlanNamesAnAccountIdOfNoMemberBesideTheRealDrift()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.DetachPolicy(ShippedPolicy.PolicyId(organization), organization.RootId);
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("plan", "--target", "root", "--target", NoMember);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"AttachPolicy  {organization.RootId}", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain($"AttachPolicy  {NoMember}", run.Out, StringComparison.Ordinal);
        Assert.Contains($"Unknown target(s), not in organization {organization.OrganizationId}", run.Out, StringComparison.Ordinal);
        Assert.Contains(run.OutLines, l => l.StartsWith(NoMember, StringComparison.Ordinal) && l.Contains("TargetNotFound", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HealWritesNothingWhileATargetIsUnknown()
    {
        var organization = EditedOrganization();
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("heal", "--yes", "--target", "root", "--target", TypoOu);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal(0, organization.TotalWrites);
        Assert.False(Directory.Exists(cli.SnapshotDirectory));
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains($"nothing was written: {TypoOu} does not exist", line, StringComparison.Ordinal);
        Assert.Contains("--skip-unknown-targets", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealToldToSkipUnknownTargetsFixesTheRestAndStillExitsThree()
    {
        var organization = EditedOrganization();
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("heal", "--yes", "--skip-unknown-targets", "--target", "root", "--target", TypoOu, "--output", "json");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal(ShippedPolicy.Content, ShippedPolicy.ContentOf(organization));
        var json = run.Json();
        Assert.Equal("unknownTargets", json.GetProperty("status").GetString());
        Assert.Equal(["UpdatePolicy"], json.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("type").GetString()));
        Assert.Equal(TypoOu, Assert.Single(json.GetProperty("unknownTargets").EnumerateArray()).GetProperty("targetId").GetString());
    }

    [Fact]
    public async Task ASimulatedOrganizationReportsAnIdItDoesNotHaveAsUnknown()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("plan", "--simulate", "--target", "root", "--target", TypoOu);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Healthy: nothing to do.", run.Out, StringComparison.Ordinal);
        Assert.Contains(TypoOu, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASimulatedOrganizationStartsWithThePolicyOnTheIdsItHas()
    {
        // --simulate draws the sample organization's ids from the same seed as this one.
        var workloads = ShippedPolicy.HealthyOrganization().TargetIdOf("Workloads");
        using var cli = new CliDriver();

        var run = await cli.RunAsync("plan", "--simulate", "--target", "root", "--target", workloads);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(workloads, run.OutLines.Single(l => l.StartsWith("Attached to:", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    private static SimulatedOrganization EditedOrganization()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.EditPolicyContent(ShippedPolicy.PolicyId(organization), OrganizationBreaker.Tamper(ShippedPolicy.Content));
        organization.ResetCounters();
        return organization;
    }
}
