using System.Text.Json.Nodes;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Moto;

/// <summary>
/// Issue 14 as a new user met it, following the README against moto_server: a simulated snapshot restored to the
/// "real" organization, a mistyped target, a header that named an endpoint instead of the organization.
/// </summary>
[Collection(MotoServerDefinition.Name)]
[Trait("Needs", "moto")]
public sealed class MotoFirstRunTests(MotoServerFixture moto) : IAsyncLifetime, IDisposable
{
    private const string PolicyName = "org-backup-baseline";
    private const string TypoOu = "ou-abcd-12345678";
    private const string NoMember = "210987654321";
    private readonly MotoAdmin _admin = new(moto.Server);
    private readonly CliDriver _cli = new(environment: moto.Server.ClientEnvironment);
    private string _rootId = "";
    private string _policyId = "";

    public async Task InitializeAsync()
    {
        await moto.Server.ResetAsync();
        _rootId = await _admin.CreateOrganizationAsync();
        var setUp = await _cli.RunAsync("heal", "--yes");
        Assert.True(setUp.ExitCode == 0, setUp.Out + setUp.Error);
        Directory.Delete(_cli.SnapshotDirectory, recursive: true);
        _policyId = await _admin.BackupPolicyIdAsync(PolicyName);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _admin.Dispose();
        _cli.Dispose();
    }

    [Fact]
    public async Task ASnapshotTakenBySimulateIsRefusedByRestoreBeforeAnyWrite()
    {
        var simulatedHeal = await _cli.RunAsync("heal", "--simulate", "--break", "content-edited", "--yes");
        var simulatedSnapshot = Assert.Single(Directory.GetFiles(Path.Combine(_cli.SnapshotDirectory, "simulated")));
        var contentBefore = await ContentAsync();

        var restore = await _cli.RunAsync("restore", "--from", simulatedSnapshot, "--yes");

        Assert.Equal(0, simulatedHeal.ExitCode);
        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("snapshot of a simulated organization", Assert.Single(restore.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(contentBefore, await ContentAsync());
        Assert.Equal([_rootId], await TargetsAsync());
    }

    [Fact]
    public async Task TargetsThatDoNotExistAreReportedByPlanAndStopHealBeforeAnyWrite()
    {
        await _admin.CallAsync("DetachPolicy", new JsonObject { ["PolicyId"] = _policyId, ["TargetId"] = _rootId });

        var plan = await _cli.RunAsync("plan", "--target", "root", "--target", TypoOu, "--target", NoMember, "--output", "json");
        var heal = await _cli.RunAsync("heal", "--yes", "--target", "root", "--target", TypoOu, "--target", NoMember);

        Assert.Equal(3, plan.ExitCode);
        var json = plan.Json();
        Assert.Equal([TypoOu, NoMember], json.GetProperty("unknownTargets").EnumerateArray().Select(t => t.GetProperty("targetId").GetString()));
        Assert.Equal([("AttachPolicy", _rootId)], json.GetProperty("actions").EnumerateArray().Select(a => (a.GetProperty("type").GetString(), a.GetProperty("target").GetString())));
        Assert.Equal(3, heal.ExitCode);
        Assert.Empty(await TargetsAsync());
        Assert.False(Directory.Exists(_cli.SnapshotDirectory));
    }

    [Fact]
    public async Task TheReportNamesMotosOrganizationAndManagementAccount()
    {
        var organization = (await _admin.CallAsync("DescribeOrganization", "{}"))["Organization"]!;

        var plan = await _cli.RunAsync("plan", "--output", "json");

        Assert.Equal(0, plan.ExitCode);
        var reported = plan.Json().GetProperty("organization");
        Assert.Equal(organization["Id"]!.GetValue<string>(), reported.GetProperty("id").GetString());
        Assert.Equal(organization["MasterAccountId"]!.GetValue<string>(), reported.GetProperty("managementAccountId").GetString());
        Assert.Contains(
            $"Organization:    {organization["Id"]!.GetValue<string>()} (management account {organization["MasterAccountId"]!.GetValue<string>()}), root {_rootId}, via {moto.Server.Endpoint}",
            plan.Error,
            StringComparison.Ordinal);
    }

    private async Task<string> ContentAsync() =>
        (await _admin.CallAsync("DescribePolicy", new JsonObject { ["PolicyId"] = _policyId }))["Policy"]!["Content"]!.GetValue<string>();

    private async Task<List<string>> TargetsAsync() =>
        [.. (await _admin.CallAsync("ListTargetsForPolicy", new JsonObject { ["PolicyId"] = _policyId }))["Targets"]!.AsArray().Select(t => t!["TargetId"]!.GetValue<string>())];
}
