using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests;

public sealed class RestoreCommandTests
{
    [Fact]
    public async Task RestorePutsTheSnapshotsContentBack()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        var edited = OrganizationBreaker.Tamper(ShippedPolicy.Content);
        organization.EditPolicyContent(ShippedPolicy.PolicyId(organization), edited);
        using var cli = new CliDriver(organization);
        await cli.RunAsync("heal", "--yes");
        var snapshot = Assert.Single(Directory.GetFiles(cli.SnapshotDirectory));

        var run = await cli.RunAsync("restore", "--from", snapshot, "--yes");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(edited, ShippedPolicy.ContentOf(organization));
        Assert.Contains("restore never detaches", run.Out);
        Assert.Equal(2, Directory.GetFiles(cli.SnapshotDirectory).Length);
    }

    [Fact]
    public async Task RestoreReattachesSnapshotTargetsAndNeverDetaches()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        var policyId = ShippedPolicy.PolicyId(organization);
        var ouId = organization.TargetIdOf("Workloads");
        organization.EditPolicyContent(policyId, OrganizationBreaker.Tamper(ShippedPolicy.Content));
        using var cli = new CliDriver(organization);
        await cli.RunAsync("heal", "--yes");
        var snapshot = Assert.Single(Directory.GetFiles(cli.SnapshotDirectory));
        organization.DetachPolicy(policyId, organization.RootId);
        organization.AttachPolicy(policyId, ouId);
        organization.ResetCounters();

        var run = await cli.RunAsync("restore", "--from", snapshot, "--yes");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["UpdatePolicy", "AttachPolicy"], organization.Writes.Select(w => w.Operation));
        var targets = organization.Capture().Policies.Single(p => p.Id == policyId).TargetIds;
        Assert.Equal(new[] { organization.RootId, ouId }.Order(StringComparer.Ordinal), targets);
        Assert.Contains($"the policy stays attached to {ouId}", run.Out);
    }

    [Fact]
    public async Task RestoreOfAMissingFileExitsOneWithOneLine()
    {
        using var cli = new CliDriver(ShippedPolicy.HealthyOrganization());

        var run = await cli.RunAsync("restore", "--from", "nope.json", "--yes");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nope.json", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task RestoreAnsweredNoWritesNothing()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.EditPolicyContent(ShippedPolicy.PolicyId(organization), OrganizationBreaker.Tamper(ShippedPolicy.Content));
        using var cli = new CliDriver(organization);
        await cli.RunAsync("heal", "--yes");
        var snapshot = Assert.Single(Directory.GetFiles(cli.SnapshotDirectory));
        organization.ResetCounters();

        var run = await cli.RunAsync("no\n", interactive: true, "restore", "--from", snapshot);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(0, organization.TotalWrites);
    }
}
