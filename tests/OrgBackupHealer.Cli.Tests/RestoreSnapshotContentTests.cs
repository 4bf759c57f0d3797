using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>What restore does with a snapshot it can read but cannot restore as it is, and with --policy.</summary>
public sealed class RestoreSnapshotContentTests
{
    [Fact]
    public async Task RestoreOfOneEntryWritesOnlyThatEntry()
    {
        // A set of two, both entries' content edited and healed: the snapshot holds both edited contents.
        var organization = PolicySets.Organization();
        using var cli = new CliDriver(organization);
        var set = PolicySets.Write(cli, organization.TargetIdOf("Workloads"));
        Assert.Equal(0, (await cli.RunAsync("heal", "--yes", "--policy-set", set)).ExitCode);
        Directory.Delete(cli.SnapshotDirectory, recursive: true);
        var baselineId = organization.FindPolicyId(HealerDefaults.PolicyName)!;
        var prodId = organization.FindPolicyId("org-backup-prod")!;
        var editedProd = OrganizationBreaker.Tamper(PolicySets.ProductionContent);
        organization.EditPolicyContent(baselineId, OrganizationBreaker.Tamper(ShippedPolicy.Content));
        organization.EditPolicyContent(prodId, editedProd);
        Assert.Equal(0, (await cli.RunAsync("heal", "--yes", "--policy-set", set)).ExitCode);
        var snapshot = Assert.Single(Directory.GetFiles(cli.SnapshotDirectory));
        var healedBaseline = ContentOf(organization, baselineId);
        organization.ResetCounters();

        var run = await cli.RunAsync("restore", "--from", snapshot, "--policy", "prod", "--yes");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([WriteCall.UpdatePolicy(prodId)], organization.Writes);
        Assert.Equal(editedProd, ContentOf(organization, prodId));
        Assert.Equal(healedBaseline, ContentOf(organization, baselineId));
    }

    [Fact]
    public async Task RestoreOfAnEntryTheSnapshotDoesNotHaveIsAUsageErrorNamingItsEntries()
    {
        var (cli, organization, snapshot) = await HealedWithSnapshotAsync();
        using var _ = cli;
        organization.ResetCounters();

        var run = await cli.RunAsync("restore", "--from", snapshot, "--policy", "gold", "--yes");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"--policy 'gold' is not an entry of {snapshot} (its keys: default)", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, organization.TotalWrites);
    }

    [Fact]
    public async Task RestoreOfASnapshotTakenBeforeThePolicyExistedRefusesBecauseRestoreNeverDeletes()
    {
        var (cli, organization, snapshot) = await HealedWithSnapshotAsync();
        using var _ = cli;
        Rewrite(snapshot, entry => entry["policyContent"] = null);
        organization.ResetCounters();

        var run = await cli.RunAsync("restore", "--from", snapshot, "--yes");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{snapshot} holds no policy content: '{HealerDefaults.PolicyName}' did not exist when it was taken, and restore never deletes.", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, organization.TotalWrites);
    }

    [Fact]
    public async Task RestoreOfContentThatIsNotABackupPolicyNamesTheEntryAndWritesNothing()
    {
        var (cli, organization, snapshot) = await HealedWithSnapshotAsync();
        using var _ = cli;
        Rewrite(snapshot, entry => entry["policyContent"] = """{"plans":"every day"}""");
        organization.ResetCounters();

        var run = await cli.RunAsync("restore", "--from", snapshot, "--yes");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"the policy content of 'default' in {snapshot} is not a valid backup policy: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, organization.TotalWrites);
    }

    [Fact]
    public async Task ASnapshotWithAMemberOfTheWrongTypeNamesTheMember()
    {
        var (cli, _, snapshot) = await HealedWithSnapshotAsync();
        using var __ = cli;
        var json = JsonNode.Parse(File.ReadAllText(snapshot))!;
        json["takenAt"] = 42;
        File.WriteAllText(snapshot, json.ToJsonString());

        var run = await cli.RunAsync("restore", "--from", snapshot, "--yes");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{snapshot} is not a snapshot file: '$.takenAt' does not hold what a snapshot has there.", run.Error, StringComparison.Ordinal);
    }

    private static string ContentOf(SimulatedOrganization organization, string policyId) =>
        organization.Capture().Policies.Single(p => p.Id == policyId).Content;

    /// <summary>A healthy organization healed after a tampering, so that its snapshot holds the shipped policy.</summary>
    private static async Task<(CliDriver Cli, SimulatedOrganization Organization, string Snapshot)> HealedWithSnapshotAsync()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.EditPolicyContent(ShippedPolicy.PolicyId(organization), OrganizationBreaker.Tamper(ShippedPolicy.Content));
        var cli = new CliDriver(organization);
        await cli.RunAsync("heal", "--yes");
        return (cli, organization, Assert.Single(Directory.GetFiles(cli.SnapshotDirectory)));
    }

    /// <summary>Edits the snapshot's one entry in both places it is written (policies[0] and the single-policy members).</summary>
    private static void Rewrite(string snapshot, Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(File.ReadAllText(snapshot))!.AsObject();
        edit(json);
        edit(json["policies"]![0]!.AsObject());
        File.WriteAllText(snapshot, json.ToJsonString());
    }
}
