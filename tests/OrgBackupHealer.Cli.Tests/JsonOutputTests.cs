using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>Issue 14 item 3: --output json prints one document whatever happens, and a failed run says what it wrote and where its snapshot is.</summary>
public sealed class JsonOutputTests
{
    /// <summary>The type is enabled again, then CreatePolicy is denied: one write made, then a terminal stop.</summary>
    private static SimulatedOrganization OrganizationThatFailsAfterOneWrite()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        var policyId = ShippedPolicy.PolicyId(organization);
        organization.DetachPolicy(policyId, organization.RootId);
        organization.DeletePolicy(policyId);
        organization.DisablePolicyType(PolicyTypes.BackupPolicy);
        organization.InjectFault(OrganizationsOperations.CreatePolicy, OrganizationsErrorCodes.AccessDenied, count: 1, message: "not allowed");
        organization.ResetCounters();
        return organization;
    }

    [Fact]
    public async Task AHealThatFailsAfterAWritePrintsTheAppliedActionsTheErrorAndTheSnapshot()
    {
        var organization = OrganizationThatFailsAfterOneWrite();
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("heal", "--yes", "--output", "json");

        Assert.Equal(1, run.ExitCode);
        var json = run.Json();
        Assert.Equal("failed", json.GetProperty("status").GetString());
        Assert.Equal(1, json.GetProperty("exitCode").GetInt32());
        Assert.False(json.GetProperty("healthy").GetBoolean());
        var applied = Assert.Single(json.GetProperty("actions").EnumerateArray());
        Assert.Equal(("EnablePolicyType", "Applied"), (applied.GetProperty("type").GetString(), applied.GetProperty("outcome").GetString()));
        var error = json.GetProperty("error");
        Assert.Equal(("terminal", "AccessDenied", "AccessDeniedException"),
            (error.GetProperty("kind").GetString(), error.GetProperty("reason").GetString(), error.GetProperty("code").GetString()));
        Assert.Contains("not allowed", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        var snapshot = json.GetProperty("snapshot").GetString();
        Assert.True(File.Exists(snapshot));
        Assert.Equal(1, json.GetProperty("metrics").GetProperty("autoFix").GetProperty("PolicyTypeEnabled").GetInt32());
        Assert.Equal([OrganizationsOperations.EnablePolicyType], organization.Writes.Where(w => w.ErrorCode is null).Select(w => w.Operation));
    }

    [Fact]
    public async Task AFailedHealNamesItsSnapshotAndWhatItWroteInTheHumanReportToo()
    {
        var organization = OrganizationThatFailsAfterOneWrite();
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("heal", "--yes");

        Assert.Equal(1, run.ExitCode);
        var snapshot = Assert.Single(Directory.GetFiles(cli.SnapshotDirectory));
        Assert.Contains($"Snapshot of the state before the first write: {snapshot}", run.Out, StringComparison.Ordinal);
        Assert.Contains("Applied before the stop (1 fix(es)):", run.Out, StringComparison.Ordinal);
        Assert.StartsWith("error: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnErrorBeforeTheOrganizationIsReadIsStillOneJsonDocument()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("heal", "--simulate", "--yes", "--policy-file", "missing.json", "--output", "json");

        Assert.Equal(1, run.ExitCode);
        var json = run.Json();
        Assert.Equal(("heal", "failed"), (json.GetProperty("command").GetString(), json.GetProperty("status").GetString()));
        Assert.Equal("input", json.GetProperty("error").GetProperty("kind").GetString());
        Assert.Contains("missing.json", json.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan", "--simulate")]
    [InlineData("plan", "--simulate", "--break", "content-edited")]
    [InlineData("heal", "--simulate", "--break", "type-disabled", "--yes")]
    [InlineData("heal", "--simulate")]
    public async Task EveryDocumentHasTheSchemaVersionStatusExitCodeOrganizationAndMetrics(params string[] args)
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync([.. args, "--output", "json"]);

        var json = run.Json();
        Assert.Equal(1, json.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(run.ExitCode, json.GetProperty("exitCode").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("status").GetString()));
        Assert.StartsWith("o-", json.GetProperty("organization").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.True(json.GetProperty("organization").GetProperty("simulated").GetBoolean());
        Assert.Equal("OrgBackupHealer", json.GetProperty("metrics").GetProperty("namespace").GetString());
    }
}
