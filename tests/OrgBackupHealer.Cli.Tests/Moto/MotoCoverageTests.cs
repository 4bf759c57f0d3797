using System.Text.Json.Nodes;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Coverage;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Moto;

/// <summary>
/// Issue 12's "coverage works on moto": a tree of OUs and accounts in moto_server, the baseline on the root and
/// another team's backup policy on an OU, read through the real Organizations client.
/// </summary>
[Collection(MotoServerDefinition.Name)]
[Trait("Needs", "moto")]
public sealed class MotoCoverageTests(MotoServerFixture moto) : IAsyncLifetime, IDisposable
{
    private const string OtherPolicyName = "workloads-regions";
    private readonly MotoAdmin _admin = new(moto.Server);
    private readonly CliDriver _cli = new(environment: moto.Server.ClientEnvironment);
    private string _rootId = "";
    private string _policyFile = "";

    public async Task InitializeAsync()
    {
        await moto.Server.ResetAsync();
        _rootId = await _admin.CreateOrganizationAsync();
        _policyFile = _cli.WriteFile(UnlockedBaseline.FileName, UnlockedBaseline.Content);
        var setUp = await _cli.RunAsync("heal", "--yes", "--policy-file", _policyFile);
        Assert.True(setUp.ExitCode == 0, setUp.Out + setUp.Error);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _admin.Dispose();
        _cli.Dispose();
    }

    [Fact]
    public async Task AnotherBackupPolicyOnAnOuOverridingAnUnlockedBaselineIsAGapForTheAccountsBelowItOnly()
    {
        // Arrange: Root/Security/audit, Root/Workloads/Production/prod-app; the Workloads team assigns its own regions.
        var security = await CreateOuAsync("Security", _rootId);
        var workloads = await CreateOuAsync("Workloads", _rootId);
        var production = await CreateOuAsync("Production", workloads);
        var audit = await CreateAccountAsync("audit", security);
        var prod = await CreateAccountAsync("prod-app", production);
        var other = await CreateBackupPolicyAsync(OtherPolicyName, OrganizationBreaker.RegionOverride(UnlockedBaseline.Content));
        await _admin.CallAsync("AttachPolicy", new JsonObject { ["PolicyId"] = other, ["TargetId"] = workloads });

        // Act
        var run = await _cli.RunAsync("coverage", "--policy-file", _policyFile, "--output", "json");

        // Assert
        Assert.True(run.ExitCode == 2, run.Out + run.Error);
        var json = run.Json();
        var gap = Assert.Single(json.GetProperty("accounts").EnumerateArray(), a => !a.GetProperty("inEffect").GetBoolean());
        Assert.Equal(prod, gap.GetProperty("accountId").GetString());
        Assert.Equal("Root/Workloads/Production", gap.GetProperty("ouPath").GetString());
        var change = Assert.Single(gap.GetProperty("overrides").EnumerateArray());
        Assert.Equal("$.plans.org-backup-baseline.regions", change.GetProperty("path").GetString());
        Assert.Equal($"{OtherPolicyName} ({other}) at {workloads}", change.GetProperty("by").GetString());
        Assert.True(CoverageRows.Account(json, "audit").GetProperty("inEffect").GetBoolean());
        Assert.Equal(audit, CoverageRows.Account(json, "audit").GetProperty("accountId").GetString());
        Assert.False(json.GetProperty("organization").GetProperty("simulated").GetBoolean());
        Assert.Equal(1, json.GetProperty("summary").GetProperty("overridden").GetInt32());
    }

    [Fact]
    public async Task TheShippedLockedBaselineInMotoIsInEffectEverywhereDespiteTheSameOverride()
    {
        // Arrange: the shipped document replaces the unlocked one, and the same team policy goes on the OU.
        var heal = await _cli.RunAsync("heal", "--yes");
        Assert.True(heal.ExitCode == 0, heal.Out + heal.Error);
        var workloads = await CreateOuAsync("Workloads", _rootId);
        await CreateAccountAsync("dev-app", workloads);
        var other = await CreateBackupPolicyAsync(OtherPolicyName, OrganizationBreaker.RegionOverride(ShippedPolicy.Content));
        await _admin.CallAsync("AttachPolicy", new JsonObject { ["PolicyId"] = other, ["TargetId"] = workloads });

        // Act
        var run = await _cli.RunAsync("coverage");

        // Assert
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Equal("yes", CoverageRows.Row(run.Out, "dev-app")[3]);
        Assert.Contains($"by {OtherPolicyName} ({other}) at {workloads} refused", Assert.Single(CoverageRows.Reasons(run.Out, "dev-app")), StringComparison.Ordinal);
    }

    private async Task<string> CreateOuAsync(string name, string parentId) =>
        (await _admin.CallAsync("CreateOrganizationalUnit", new JsonObject { ["ParentId"] = parentId, ["Name"] = name }))["OrganizationalUnit"]!["Id"]!.GetValue<string>();

    /// <summary>moto creates the account at once under the root; MoveAccount puts it where the test wants it.</summary>
    private async Task<string> CreateAccountAsync(string name, string parentId)
    {
        var status = await _admin.CallAsync("CreateAccount", new JsonObject { ["AccountName"] = name, ["Email"] = $"{name}@example.com" });
        var accountId = status["CreateAccountStatus"]!["AccountId"]!.GetValue<string>();
        await _admin.CallAsync("MoveAccount", new JsonObject { ["AccountId"] = accountId, ["SourceParentId"] = _rootId, ["DestinationParentId"] = parentId });
        return accountId;
    }

    private async Task<string> CreateBackupPolicyAsync(string name, string content) =>
        (await _admin.CallAsync("CreatePolicy", new JsonObject
        {
            ["Name"] = name,
            ["Description"] = "the Workloads team's backup regions",
            ["Type"] = "BACKUP_POLICY",
            ["Content"] = content,
        }))["Policy"]!["PolicySummary"]!["Id"]!.GetValue<string>();
}
