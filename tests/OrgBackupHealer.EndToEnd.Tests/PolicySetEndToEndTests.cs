using System.Text.Json;
using System.Text.Json.Nodes;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.EndToEnd.Tests;

/// <summary>
/// The published bootstrap with a three-entry policy set (the root, an OU, an account) on an empty organization in
/// moto: one scheduled invocation creates, tags and attaches all three, judged with boto3.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class PolicySetEndToEndTests : IAsyncLifetime, IDisposable
{
    private readonly PublishedBootstrap _bootstrap;
    private readonly MotoServer _moto;
    private readonly MotoAdmin _admin;
    private readonly FakeRuntimeApi _api = new();
    private readonly DirectoryInfo _setFolder = Directory.CreateTempSubdirectory("healer-set-");
    private BootstrapProcess? _process;
    private string _rootId = "";
    private string _ouId = "";
    private string _accountId = "";

    public PolicySetEndToEndTests(PublishedBootstrap bootstrap, MotoServerFixture moto)
    {
        _bootstrap = bootstrap;
        _moto = moto.Server;
        _admin = new MotoAdmin(_moto);
    }

    public async Task InitializeAsync()
    {
        await _moto.ResetAsync();
        _rootId = await _admin.CreateOrganizationAsync();
        _ouId = (await _admin.CallAsync("CreateOrganizationalUnit", new JsonObject { ["ParentId"] = _rootId, ["Name"] = "Production" }))["OrganizationalUnit"]!["Id"]!.GetValue<string>();
        _accountId = (await _admin.CallAsync("CreateAccount", new JsonObject { ["AccountName"] = "regulated-1", ["Email"] = "regulated-1@example.com" }))["CreateAccountStatus"]!["AccountId"]!.GetValue<string>();
        var production = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "prod.json"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "backup-policy.json"), Path.Combine(_setFolder.FullName, "backup-policy.json"));
        File.WriteAllText(Path.Combine(_setFolder.FullName, "prod.json"), production);
        File.WriteAllText(Path.Combine(_setFolder.FullName, "regulated.json"), production.Replace("org-backup-prod", "org-backup-regulated", StringComparison.Ordinal));
        var set = Path.Combine(_setFolder.FullName, "policy-set.json");
        File.WriteAllText(set, $$"""
            { "owner": "platform", "policies": [
              { "key": "baseline", "name": "org-backup-baseline", "content": "backup-policy.json", "targets": ["root"] },
              { "key": "prod", "name": "org-backup-prod", "content": "prod.json", "targets": ["{{_ouId}}"] },
              { "key": "regulated", "name": "org-backup-regulated", "content": "regulated.json", "targets": ["{{_accountId}}"] } ] }
            """);
        _process = BootstrapProcess.Start(_bootstrap.Path, BootstrapEnvironment.With(_api.Address, _moto.Endpoint, new Dictionary<string, string>
        {
            ["HEALER_POLICY_SET"] = set,
            ["HEALER_OWNER"] = "platform",
            ["HEALER_COVERAGE_SHARE"] = "0",
        }));
    }

    [Fact]
    public async Task AScheduledInvocationCreatesTagsAndAttachesEveryEntryOfTheSet()
    {
        // Act
        _api.Enqueue("req-schedule", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "events", "scheduled.json")));
        var call = await _api.NextCallAsync();

        // Assert
        Assert.True(call.Kind == "response", $"{call.Kind}: {call.Text}\nOutput:\n{_process!.Output}");
        var answer = JsonDocument.Parse(call.Body).RootElement;
        Assert.Equal("repaired", answer.GetProperty("outcome").GetString());
        Assert.Equal(["baseline", "prod", "regulated"], answer.GetProperty("policies").EnumerateArray().Select(p => p.GetProperty("policy").GetString()));
        var picture = await BotoJudge.PictureAsync(_moto);
        foreach (var (key, name, target) in new[] { ("baseline", "org-backup-baseline", _rootId), ("prod", "org-backup-prod", _ouId), ("regulated", "org-backup-regulated", _accountId) })
        {
            var policy = picture.PolicyNamed(name);
            Assert.Equal([target], policy.GetProperty("targets").EnumerateArray().Select(t => t.GetString()));
            Assert.Equal(("platform", key), (policy.GetProperty("tags").GetProperty("orgbackuphealer:owner").GetString(), policy.GetProperty("tags").GetProperty("orgbackuphealer:key").GetString()));
        }

        // One incident for the alarm, and one per entry for the dashboard.
        var runs = (await _process!.MetricsAsync("HealingRun", 4)).ToList();
        Assert.Single(runs, m => !m.TryGetProperty("Policy", out _));
        Assert.Equal(["baseline", "prod", "regulated"], runs.Where(m => m.TryGetProperty("Policy", out _)).Select(m => m.GetProperty("Policy").GetString()));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _process?.Dispose();
        _api.Dispose();
        _admin.Dispose();
        _setFolder.Delete(recursive: true);
    }
}
