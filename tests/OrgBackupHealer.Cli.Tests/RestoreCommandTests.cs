using System.Text.Json;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Tests;

public sealed class RestoreCommandTests
{
    [Theory]
    [InlineData("s3://healer-snapshots")]
    [InlineData("s3://healer-snapshots/")]
    [InlineData("s3:///snapshot.json")]
    public async Task AnS3AddressWithoutBucketOrKeyIsOneLineBeforeAnyCall(string from)
    {
        var organization = ShippedPolicy.HealthyOrganization();
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("restore", "--from", from, "--yes");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Equal($"error: cannot read the snapshot {from}: '{from}' needs both a bucket and a key: s3://bucket/key.", Assert.Single(run.ErrorLines));
        Assert.Equal(0, organization.TotalCalls);
    }

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
    public async Task RestoreAnsweredNoWritesNothingAndExitsFour()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.EditPolicyContent(ShippedPolicy.PolicyId(organization), OrganizationBreaker.Tamper(ShippedPolicy.Content));
        using var cli = new CliDriver(organization);
        await cli.RunAsync("heal", "--yes");
        var snapshot = Assert.Single(Directory.GetFiles(cli.SnapshotDirectory));
        organization.ResetCounters();

        var run = await cli.RunAsync("no\n", interactive: true, "restore", "--from", snapshot);

        Assert.Equal(4, run.ExitCode);
        Assert.Equal(0, organization.TotalWrites);
    }

    [Fact]
    public async Task RestoreRefusesASnapshotOfTheSimulationBeforeAnyWrite()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        using var cli = new CliDriver(organization);
        await cli.RunAsync("heal", "--simulate", "--break", "content-edited", "--yes");
        var simulated = Assert.Single(Directory.GetFiles(Path.Combine(cli.SnapshotDirectory, "simulated")));
        organization.ResetCounters();

        var run = await cli.RunAsync("restore", "--from", simulated, "--yes");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(0, organization.TotalWrites);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("snapshot of a simulated organization", line, StringComparison.Ordinal);
        Assert.Contains("nothing was written", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestoreRefusesASnapshotOfAnotherOrganizationBeforeAnyWrite()
    {
        // Simulated organizations draw their ids from a seed: another seed is another organization.
        var other = SimulatedOrganization.CreateHealthy(ShippedPolicy.Content, options: new SimulationOptions { Seed = 7 });
        other.EditPolicyContent(ShippedPolicy.PolicyId(other), OrganizationBreaker.Tamper(ShippedPolicy.Content));
        using var otherCli = new CliDriver(other);
        await otherCli.RunAsync("heal", "--yes");
        var snapshotOfOther = Assert.Single(Directory.GetFiles(otherCli.SnapshotDirectory));
        var organization = ShippedPolicy.HealthyOrganization();
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("restore", "--from", snapshotOfOther, "--yes", "--output", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(0, organization.TotalWrites);
        var message = run.Json().GetProperty("error").GetProperty("message").GetString();
        Assert.NotEqual(other.OrganizationId, organization.OrganizationId);
        Assert.Contains($"taken of organization {other.OrganizationId}", message, StringComparison.Ordinal);
        Assert.Contains($"reach organization {organization.OrganizationId}", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SnapshotsRecordTheOrganizationAndSimulatedOnesAreMarkedAndKeptApart()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.EditPolicyContent(ShippedPolicy.PolicyId(organization), OrganizationBreaker.Tamper(ShippedPolicy.Content));
        using var cli = new CliDriver(organization);

        await cli.RunAsync("heal", "--yes");
        await cli.RunAsync("heal", "--simulate", "--break", "detached", "--yes");

        using var real = JsonDocument.Parse(File.ReadAllText(Assert.Single(Directory.GetFiles(cli.SnapshotDirectory))));
        using var simulated = JsonDocument.Parse(File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(cli.SnapshotDirectory, "simulated")))));
        Assert.Equal(organization.OrganizationId, real.RootElement.GetProperty("organizationId").GetString());
        Assert.Equal(organization.ManagementAccountId, real.RootElement.GetProperty("managementAccountId").GetString());
        Assert.False(real.RootElement.GetProperty("simulated").GetBoolean());
        Assert.True(simulated.RootElement.GetProperty("simulated").GetBoolean());
    }

    [Fact]
    public async Task RestoreFromADirectorySaysItIsADirectoryAndNamesTheNewestSnapshot()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.EditPolicyContent(ShippedPolicy.PolicyId(organization), OrganizationBreaker.Tamper(ShippedPolicy.Content));
        using var cli = new CliDriver(organization);
        await cli.RunAsync("heal", "--yes");

        var run = await cli.RunAsync("restore", "--from", "snapshots", "--yes");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("is a directory, not a file", line, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(Directory.GetFiles(cli.SnapshotDirectory)[0]), line, StringComparison.Ordinal);
    }
}
