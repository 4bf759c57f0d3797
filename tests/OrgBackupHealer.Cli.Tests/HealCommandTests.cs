using System.Text.Json;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Tests;

public sealed class HealCommandTests
{
    [Fact]
    public async Task HealWithYesFixesTheDriftAndASecondHealMakesNoWrite()
    {
        var organization = EditedOrganization();
        using var cli = new CliDriver(organization);

        var first = await cli.RunAsync("heal", "--yes");
        var writesOfFirst = organization.TotalWrites;
        organization.ResetCounters();
        var second = await cli.RunAsync("heal", "--yes");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(ShippedPolicy.Content, ShippedPolicy.ContentOf(organization));
        Assert.Equal(1, writesOfFirst);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(0, organization.TotalWrites);
        Assert.Contains("Healthy: nothing to do.", second.Out);
    }

    [Fact]
    public async Task HealAnsweredNoWritesNothingAndExitsFour()
    {
        var organization = EditedOrganization();
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("n\n", interactive: true, "heal");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("Declined: nothing was written.", run.Error);
        Assert.Equal(0, organization.TotalWrites);
        Assert.False(Directory.Exists(cli.SnapshotDirectory));
    }

    [Fact]
    public async Task HealAnsweredYesApplies()
    {
        var organization = EditedOrganization();
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("y\n", interactive: true, "heal");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[y/N]", run.Error);
        Assert.Equal(ShippedPolicy.Content, ShippedPolicy.ContentOf(organization));
    }

    [Fact]
    public async Task HealRefusesWithoutYesWhenStdinIsNotInteractiveAndExitsFour()
    {
        var organization = EditedOrganization();
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("y\n", interactive: false, "heal");

        Assert.Equal(4, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("--yes", line);
        Assert.Equal(0, organization.TotalWrites);
    }

    [Fact]
    public async Task HealWritesTheObservedStateToASnapshotBeforeItsFirstWrite()
    {
        var organization = EditedOrganization();
        var editedContent = ShippedPolicy.ContentOf(organization);
        using var cli = new CliDriver(organization);
        var snapshotsAtFirstWrite = -1;
        organization.BeforeOperation(OrganizationsOperations.UpdatePolicy,
            () => snapshotsAtFirstWrite = Directory.Exists(cli.SnapshotDirectory) ? Directory.GetFiles(cli.SnapshotDirectory).Length : 0);

        var run = await cli.RunAsync("heal", "--yes");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, snapshotsAtFirstWrite);
        using var snapshot = JsonDocument.Parse(File.ReadAllText(Assert.Single(Directory.GetFiles(cli.SnapshotDirectory))));
        Assert.Equal(editedContent, snapshot.RootElement.GetProperty("policyContent").GetString());
        Assert.Equal("ENABLED", snapshot.RootElement.GetProperty("backupPolicyTypeStatus").GetString());
        Assert.Equal([organization.RootId], snapshot.RootElement.GetProperty("attachedTargetIds").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task AnotherWriterChangingThePolicyDuringHealStopsItWithWhatStillDrifts()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        var policyId = ShippedPolicy.PolicyId(organization);
        organization.DetachPolicy(policyId, organization.RootId);
        using var cli = new CliDriver(organization);
        organization.BeforeOperation(OrganizationsOperations.AttachPolicy,
            () => organization.EditPolicyContent(policyId, OrganizationBreaker.Tamper(ShippedPolicy.Content)));

        var run = await cli.RunAsync("heal", "--yes", "--output", "json");

        Assert.Equal(1, run.ExitCode);
        var expected = "the organization still drifts after heal (UpdatePolicy " + HealerDefaults.PolicyName + "); another writer may be changing it. Run plan to see the current state.";
        Assert.Equal("error: " + expected, run.ErrorLines[^1]);
        var json = run.Json();
        Assert.Equal("failed", json.GetProperty("status").GetString());
        Assert.Equal(expected, json.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal("AttachPolicy", Assert.Single(json.GetProperty("actions").EnumerateArray()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task AnAttachmentOrganizationsRefusesIsAnUnreachableTargetNotAnotherWritersDrift()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        var policyId = ShippedPolicy.PolicyId(organization);
        organization.DetachPolicy(policyId, organization.RootId);
        organization.InjectFault(OrganizationsOperations.AttachPolicy, OrganizationsErrorCodes.AccessDenied, count: 100, message: "denied by an SCP");
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("heal", "--yes", "--output", "json");

        Assert.Equal(ExitCodes.UnknownTargets, run.ExitCode);
        Assert.DoesNotContain("still drifts", run.Error, StringComparison.Ordinal);
        Assert.Contains($"Target(s) Organizations refused to attach to, in organization {organization.OrganizationId}", run.Error, StringComparison.Ordinal);
        Assert.Contains($"  {organization.RootId}  AccessDenied  AttachPolicy to {organization.RootId} was denied (denied by an SCP).", run.Error, StringComparison.Ordinal);
        var json = run.Json();
        Assert.Equal("unknownTargets", json.GetProperty("status").GetString());
        Assert.Equal("AccessDenied", Assert.Single(json.GetProperty("unknownTargets").EnumerateArray()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task AHealWhoseDriftAnotherWriterFixedFirstSaysWhyNoSnapshotWasTaken()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        var policyId = ShippedPolicy.PolicyId(organization);
        organization.DetachPolicy(policyId, organization.RootId);
        using var cli = new CliDriver(organization);
        // Between heal's plan and its reconcile (the second reading of the policy's targets), someone reattaches it.
        var readings = 0;
        organization.BeforeOperation(
            OrganizationsOperations.ListTargetsForPolicy,
            () =>
            {
                if (++readings == 2)
                {
                    organization.AttachPolicy(policyId, organization.RootId);
                }
            },
            times: 2);

        var run = await cli.RunAsync("heal", "--yes");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, organization.TotalWrites);
        Assert.Contains("No write was needed when the changes were applied (another writer fixed it), so no snapshot was taken.", run.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(cli.SnapshotDirectory) && Directory.GetFiles(cli.SnapshotDirectory).Length > 0);
    }

    [Fact]
    public async Task HealJsonListsAppliedActionsWithOutcomeSnapshotAndMetrics()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.DisablePolicyType("BACKUP_POLICY");
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("heal", "--yes", "--output", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.True(root.GetProperty("healthy").GetBoolean());
        var actions = root.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(["EnablePolicyType", "AttachPolicy"], actions.Select(a => a.GetProperty("type").GetString()));
        Assert.All(actions, a => Assert.Equal("Applied", a.GetProperty("outcome").GetString()));
        Assert.True(File.Exists(root.GetProperty("snapshot").GetString()));
        var autoFix = root.GetProperty("metrics").GetProperty("autoFix");
        Assert.Equal(1, autoFix.GetProperty("PolicyTypeEnabled").GetInt32());
        Assert.Equal(1, autoFix.GetProperty("PolicyReattached").GetInt32());
    }

    [Fact]
    public async Task HealWithEmitMetricsWritesTheLambdasAutoFixMetricLinesOnStderr()
    {
        var organization = EditedOrganization();
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("heal", "--yes", "--emit-metrics");

        var emf = Assert.Single(run.ErrorLines, l => l.StartsWith("{\"_aws\"", StringComparison.Ordinal) && l.Contains("\"AutoFix\"", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(emf);
        Assert.Equal("ContentRestored", json.RootElement.GetProperty("FixType").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("AutoFix").GetInt32());
        Assert.Equal("OrgBackupHealer", json.RootElement.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Namespace").GetString());
    }

    [Fact]
    public async Task HealOnSimulatedBreakEndsHealthy()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("heal", "--simulate", "--break", "policy-deleted", "--yes");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("The organization is healthy.", run.Out);
    }

    private static SimulatedOrganization EditedOrganization()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.EditPolicyContent(ShippedPolicy.PolicyId(organization), OrganizationBreaker.Tamper(ShippedPolicy.Content));
        organization.ResetCounters();
        return organization;
    }
}
