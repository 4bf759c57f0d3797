using System.Text.Json;
using System.Text.Json.Nodes;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Moto;

/// <summary>
/// Issue 3's "done when": an organization in moto_server, broken by hand, reached through the real client via
/// AWS_ENDPOINT_URL_ORGANIZATIONS. plan exits 2 with the drift, heal --yes fixes it, a second heal writes nothing.
/// </summary>
[Collection(MotoServerDefinition.Name)]
[Trait("Needs", "moto")]
public sealed class MotoPlanAndHealTests(MotoServerFixture moto) : IAsyncLifetime, IDisposable
{
    private const string PolicyName = "org-backup-baseline";
    private readonly MotoAdmin _admin = new(moto.Server);
    private readonly CliDriver _cli = new(environment: moto.Server.ClientEnvironment);
    private string _rootId = "";

    public async Task InitializeAsync()
    {
        await moto.Server.ResetAsync();
        _rootId = await _admin.CreateOrganizationAsync();
        var setUp = await _cli.RunAsync("heal", "--yes");
        Assert.True(setUp.ExitCode == 0, setUp.Out + setUp.Error);
        Directory.Delete(_cli.SnapshotDirectory, recursive: true);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _admin.Dispose();
        _cli.Dispose();
    }

    [Fact]
    public async Task PlanFindsHandMadeDriftHealFixesItAndASecondHealWritesNothing()
    {
        var policyId = await _admin.BackupPolicyIdAsync(PolicyName);
        await _admin.CallAsync("UpdatePolicy", new JsonObject { ["PolicyId"] = policyId, ["Content"] = OrganizationBreaker.Tamper(ShippedPolicy.Content) });
        await _admin.CallAsync("DetachPolicy", new JsonObject { ["PolicyId"] = policyId, ["TargetId"] = _rootId });

        var plan = await _cli.RunAsync("plan", "--output", "json");
        var heal = await _cli.RunAsync("heal", "--yes", "--output", "json");
        var secondHeal = await _cli.RunAsync("heal", "--yes", "--output", "json");
        var finalPlan = await _cli.RunAsync("plan");

        Assert.Equal(2, plan.ExitCode);
        Assert.Equal(["UpdatePolicy", "AttachPolicy"], ActionTypes(plan));
        Assert.True(heal.ExitCode == 0, heal.Error);
        Assert.Equal(["UpdatePolicy", "AttachPolicy"], ActionTypes(heal));
        Assert.Equal(0, secondHeal.ExitCode);
        Assert.Empty(ActionTypes(secondHeal));
        Assert.Single(Directory.GetFiles(_cli.SnapshotDirectory));
        Assert.Equal(0, finalPlan.ExitCode);
    }

    [Fact]
    public async Task HealRecreatesADeletedPolicyAfterTheTypeWasDisabled()
    {
        var policyId = await _admin.BackupPolicyIdAsync(PolicyName);
        await _admin.CallAsync("DetachPolicy", new JsonObject { ["PolicyId"] = policyId, ["TargetId"] = _rootId });
        await _admin.CallAsync("DeletePolicy", new JsonObject { ["PolicyId"] = policyId });
        await _admin.CallAsync("DisablePolicyType", new JsonObject { ["RootId"] = _rootId, ["PolicyType"] = "BACKUP_POLICY" });

        var plan = await _cli.RunAsync("plan", "--output", "json");
        var heal = await _cli.RunAsync("heal", "--yes");
        var finalPlan = await _cli.RunAsync("plan");

        Assert.Equal(2, plan.ExitCode);
        Assert.Equal(["EnablePolicyType", "CreatePolicy", "AttachPolicy"], ActionTypes(plan));
        Assert.True(heal.ExitCode == 0, heal.Error);
        Assert.Equal(0, finalPlan.ExitCode);
    }

    private static List<string?> ActionTypes(CliRun run)
    {
        using var json = JsonDocument.Parse(run.Out);
        return [.. json.RootElement.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("type").GetString())];
    }
}
