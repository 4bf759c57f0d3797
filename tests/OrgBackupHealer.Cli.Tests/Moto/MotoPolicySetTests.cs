using System.Text.Json;
using System.Text.Json.Nodes;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Moto;

/// <summary>
/// Policy sets against moto_server through the real client, every verdict read with boto3: a three-entry set healed
/// from nothing and from four breaks at once, two owners that never touch each other's policies, the hijack,
/// two-candidates, squatter and tag-removed cases, and the upgrade of a single-policy deployment.
/// </summary>
[Collection(MotoServerDefinition.Name)]
[Trait("Needs", "moto")]
public sealed class MotoPolicySetTests(MotoServerFixture moto) : IAsyncLifetime, IDisposable
{
    private static readonly IReadOnlyDictionary<string, string> s_legacyTag =
        new Dictionary<string, string> { [PolicyIdentity.ManagedByKey] = PolicyIdentity.ManagedByValue };

    private readonly MotoAdmin _admin = new(moto.Server);
    private readonly CliDriver _cli = new(environment: moto.Server.ClientEnvironment);
    private string _rootId = "";
    private string _ouId = "";
    private string _accountId = "";

    public async Task InitializeAsync()
    {
        await moto.Server.ResetAsync();
        _rootId = await _admin.CreateOrganizationAsync();
        var ou = await _admin.CallAsync("CreateOrganizationalUnit", new JsonObject { ["ParentId"] = _rootId, ["Name"] = "Production" });
        _ouId = ou["OrganizationalUnit"]!["Id"]!.GetValue<string>();
        var account = await _admin.CallAsync("CreateAccount", new JsonObject { ["AccountName"] = "regulated-1", ["Email"] = "regulated-1@example.com" });
        _accountId = account["CreateAccountStatus"]!["AccountId"]!.GetValue<string>();
        _cli.WriteFile("backup-policy.json", ShippedPolicy.Content);
        _cli.WriteFile("prod.json", PolicySets.ProductionContent);
        _cli.WriteFile("regulated.json", PolicySets.ProductionContent.Replace("org-backup-prod", "org-backup-regulated", StringComparison.Ordinal));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _admin.Dispose();
        _cli.Dispose();
    }

    [Fact]
    public async Task AThreeEntrySetIsCreatedTaggedAndAttachedThenRepairedFromFourBreaksAtOnceThenLeftAlone()
    {
        // Arrange
        var set = WriteThreeEntrySet("platform");

        // Act 1: an empty organization.
        var created = await _cli.RunAsync("heal", "--yes", "--policy-set", set, "--output", "json");
        var afterCreate = await BotoJudge.PictureAsync(moto.Server);

        // Assert 1
        Assert.True(created.ExitCode == 0, created.Out + created.Error);
        foreach (var (key, name, target) in Entries())
        {
            var policy = afterCreate.PolicyNamed(name);
            Assert.Equal([target], policy.GetProperty("targets").EnumerateArray().Select(t => t.GetString()));
            Assert.Equal("platform", policy.GetProperty("tags").GetProperty(PolicyIdentity.OwnerKey).GetString());
            Assert.Equal(key, policy.GetProperty("tags").GetProperty(PolicyIdentity.EntryKey).GetString());
        }

        // Act 2: each entry broken another way, at once: edited, detached, deleted, and the type disabled.
        var baseline = afterCreate.PolicyNamed(HealerDefaults.PolicyName).GetProperty("id").GetString()!;
        var prod = afterCreate.PolicyNamed("org-backup-prod").GetProperty("id").GetString()!;
        var regulated = afterCreate.PolicyNamed("org-backup-regulated").GetProperty("id").GetString()!;
        await _admin.CallAsync("UpdatePolicy", new JsonObject { ["PolicyId"] = baseline, ["Content"] = OrganizationBreaker.Tamper(ShippedPolicy.Content) });
        await _admin.CallAsync("DetachPolicy", new JsonObject { ["PolicyId"] = prod, ["TargetId"] = _ouId });
        await _admin.CallAsync("DetachPolicy", new JsonObject { ["PolicyId"] = regulated, ["TargetId"] = _accountId });
        await _admin.CallAsync("DeletePolicy", new JsonObject { ["PolicyId"] = regulated });
        await _admin.CallAsync("DisablePolicyType", new JsonObject { ["RootId"] = _rootId, ["PolicyType"] = "BACKUP_POLICY" });
        var repaired = await _cli.RunAsync("heal", "--yes", "--policy-set", set, "--output", "json");
        var afterRepair = await BotoJudge.PictureAsync(moto.Server);
        var quiet = await _cli.RunAsync("heal", "--yes", "--policy-set", set, "--output", "json");
        var afterQuiet = await BotoJudge.PictureAsync(moto.Server);

        // Assert 2: all repaired in one heal; the next heal plans and writes nothing.
        Assert.True(repaired.ExitCode == 0, repaired.Out + repaired.Error);
        Assert.Equal(["BACKUP_POLICY=ENABLED"], afterRepair.Root.GetProperty("rootPolicyTypes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(ShippedPolicy.Content, afterRepair.Policy(baseline).GetProperty("content").GetString());
        Assert.Equal([_ouId], afterRepair.Policy(prod).GetProperty("targets").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal([_accountId], afterRepair.PolicyNamed("org-backup-regulated").GetProperty("targets").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(0, quiet.ExitCode);
        Assert.Empty(quiet.Json().GetProperty("actions").EnumerateArray());
        Assert.Equal(afterRepair.Json, afterQuiet.Json);
    }

    [Fact]
    public async Task TwoOwnersHealingInTurnForTenRoundsNeverWriteEachOthersPolicies()
    {
        // Arrange: two deployments, each with its own baseline on the root, different content, the same key.
        var teamA = WriteSet("team-a", [("baseline", "team-a-baseline", "backup-policy.json", "root")]);
        var teamB = WriteSet("team-b", [("baseline", "team-b-baseline", "prod.json", "root")]);
        await _cli.RunAsync("heal", "--yes", "--policy-set", teamA);
        await _cli.RunAsync("heal", "--yes", "--policy-set", teamB);
        var settled = await BotoJudge.PictureAsync(moto.Server);

        // Act
        var writes = 0;
        for (var round = 0; round < 10; round++)
        {
            foreach (var set in new[] { teamA, teamB })
            {
                var run = await _cli.RunAsync("heal", "--yes", "--policy-set", set, "--output", "json");
                Assert.True(run.ExitCode == 0, run.Out + run.Error);
                writes += run.Json().GetProperty("actions").GetArrayLength();
            }
        }

        // Assert: not one write in twenty heals; both policies byte for byte as they were.
        Assert.Equal(0, writes);
        Assert.Equal(settled.Json, (await BotoJudge.PictureAsync(moto.Server)).Json);
        Assert.Equal(2, settled.Policies.Count);
    }

    [Fact]
    public async Task AnotherTeamsPolicyWithTheLegacyTagIsNeverHijackedWhenTheManagedPolicyIsDeleted()
    {
        // Arrange: the single-policy deployment's policy is gone; another team's policy carries the constant tag.
        var theirs = await CreatePolicyAsync("team-c-backups", PolicySets.ProductionContent, s_legacyTag, attachTo: _ouId);
        var before = await BotoJudge.PictureAsync(moto.Server);

        // Act
        var heal = await _cli.RunAsync("heal", "--yes");
        var after = await BotoJudge.PictureAsync(moto.Server);

        // Assert: a new policy for the deployment; the team's policy untouched byte for byte, attachments included.
        Assert.True(heal.ExitCode == 0, heal.Out + heal.Error);
        Assert.Equal(before.PolicyText(theirs), after.PolicyText(theirs));
        Assert.NotEqual(theirs, after.PolicyNamed(HealerDefaults.PolicyName).GetProperty("id").GetString());
    }

    [Fact]
    public async Task TwoCandidatesForOneEntryAreAnAmbiguityAndNeitherIsWritten()
    {
        // Arrange: two policies tagged as the same entry, both edited.
        var tags = new PolicyIdentity("platform", "baseline").Tags;
        var one = await CreatePolicyAsync(HealerDefaults.PolicyName, OrganizationBreaker.Tamper(ShippedPolicy.Content), tags, attachTo: null);
        var two = await CreatePolicyAsync("baseline-copy", OrganizationBreaker.Tamper(ShippedPolicy.Content), tags, attachTo: null);
        var set = WriteSet("platform", [("baseline", HealerDefaults.PolicyName, "backup-policy.json", "root")]);
        var before = await BotoJudge.PictureAsync(moto.Server);

        // Act
        var heal = await _cli.RunAsync("heal", "--yes", "--policy-set", set, "--output", "json");
        var after = await BotoJudge.PictureAsync(moto.Server);

        // Assert
        Assert.Equal(1, heal.ExitCode);
        Assert.Equal("AmbiguousPolicy", heal.Json().GetProperty("error").GetProperty("reason").GetString());
        Assert.Equal(before.PolicyText(one), after.PolicyText(one));
        Assert.Equal(before.PolicyText(two), after.PolicyText(two));
    }

    [Fact]
    public async Task ASquatterOnTheNameIsLeftAloneAndTheEntrysOwnPolicyIsRepairedUnderTheNameItHas()
    {
        // Arrange: the entry's policy was renamed, edited and detached; someone created an untagged policy with its name.
        var set = WriteSet("platform", [("baseline", HealerDefaults.PolicyName, "backup-policy.json", "root")]);
        await _cli.RunAsync("heal", "--yes", "--policy-set", set);
        var own = await _admin.BackupPolicyIdAsync(HealerDefaults.PolicyName);
        await _admin.CallAsync("UpdatePolicy", new JsonObject { ["PolicyId"] = own, ["Name"] = "renamed-by-someone", ["Content"] = OrganizationBreaker.Tamper(ShippedPolicy.Content) });
        await _admin.CallAsync("DetachPolicy", new JsonObject { ["PolicyId"] = own, ["TargetId"] = _rootId });
        var squatter = await CreatePolicyAsync(HealerDefaults.PolicyName, ShippedPolicy.Content, new Dictionary<string, string>(), attachTo: null);
        var before = await BotoJudge.PictureAsync(moto.Server);

        // Act
        var heal = await _cli.RunAsync("heal", "--yes", "--policy-set", set, "--output", "json");
        var after = await BotoJudge.PictureAsync(moto.Server);

        // Assert
        Assert.True(heal.ExitCode == 0, heal.Out + heal.Error);
        Assert.Equal(squatter, heal.Json().GetProperty("policies")[0].GetProperty("nameTakenBy").GetString());
        Assert.Equal(before.PolicyText(squatter), after.PolicyText(squatter));
        Assert.Equal(ShippedPolicy.Content, after.Policy(own).GetProperty("content").GetString());
        Assert.Equal([_rootId], after.Policy(own).GetProperty("targets").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("renamed-by-someone", after.Policy(own).GetProperty("name").GetString());
    }

    [Fact]
    public async Task APolicyWhoseTagsWereRemovedIsNeverWrittenAndTheEntryGetsItsOwnAgain()
    {
        // Arrange: another team took the entry's policy over: removed its owner and key tags, renamed and edited it.
        var set = WriteSet("platform", [("baseline", HealerDefaults.PolicyName, "backup-policy.json", "root")]);
        await _cli.RunAsync("heal", "--yes", "--policy-set", set);
        var taken = await _admin.BackupPolicyIdAsync(HealerDefaults.PolicyName);
        await _admin.CallAsync("UntagResource", new JsonObject { ["ResourceId"] = taken, ["TagKeys"] = new JsonArray(PolicyIdentity.OwnerKey, PolicyIdentity.EntryKey) });
        await _admin.CallAsync("UpdatePolicy", new JsonObject { ["PolicyId"] = taken, ["Name"] = "team-d-baseline", ["Content"] = OrganizationBreaker.Tamper(ShippedPolicy.Content) });
        var before = await BotoJudge.PictureAsync(moto.Server);

        // Act
        var heal = await _cli.RunAsync("heal", "--yes", "--policy-set", set);
        var after = await BotoJudge.PictureAsync(moto.Server);

        // Assert
        Assert.True(heal.ExitCode == 0, heal.Out + heal.Error);
        Assert.Equal(before.PolicyText(taken), after.PolicyText(taken));
        var fresh = after.PolicyNamed(HealerDefaults.PolicyName);
        Assert.NotEqual(taken, fresh.GetProperty("id").GetString());
        Assert.Equal([_rootId], fresh.GetProperty("targets").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task TheUpgradeOfASingleConfigurationKeepsThePolicyIdAndOnlyAddsTheTags()
    {
        // Arrange: the organization as a version before policy sets left it: the constant tag alone, healthy.
        var legacy = await CreatePolicyAsync(HealerDefaults.PolicyName, ShippedPolicy.Content, s_legacyTag, attachTo: _rootId, HealerDefaults.PolicyDescription);
        var before = await BotoJudge.PictureAsync(moto.Server);

        // Act: the same deployment, single-policy configuration (a set of one with owner 'default').
        var heal = await _cli.RunAsync("heal", "--yes", "--output", "json");
        var after = await BotoJudge.PictureAsync(moto.Server);

        // Assert: the same policy, the owner and key tags added, nothing else changed.
        Assert.True(heal.ExitCode == 0, heal.Out + heal.Error);
        Assert.Equal(["TagPolicy"], heal.Json().GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("type").GetString()));
        var upgraded = after.Policy(legacy);
        Assert.Equal("default", upgraded.GetProperty("tags").GetProperty(PolicyIdentity.OwnerKey).GetString());
        Assert.Equal("default", upgraded.GetProperty("tags").GetProperty(PolicyIdentity.EntryKey).GetString());
        Assert.Equal(WithoutTags(before.Policy(legacy)), WithoutTags(upgraded));
        Assert.Single(after.Policies);
    }

    private string WriteThreeEntrySet(string owner) => WriteSet(owner,
    [
        ("baseline", HealerDefaults.PolicyName, "backup-policy.json", "root"),
        ("prod", "org-backup-prod", "prod.json", _ouId),
        ("regulated", "org-backup-regulated", "regulated.json", _accountId),
    ]);

    private IEnumerable<(string Key, string Name, string Target)> Entries() =>
        [("baseline", HealerDefaults.PolicyName, _rootId), ("prod", "org-backup-prod", _ouId), ("regulated", "org-backup-regulated", _accountId)];

    private string WriteSet(string owner, IEnumerable<(string Key, string Name, string Content, string Target)> entries)
    {
        var policies = new JsonArray([.. entries.Select(e => (JsonNode)new JsonObject
        {
            ["key"] = e.Key, ["name"] = e.Name, ["content"] = e.Content, ["targets"] = new JsonArray(e.Target),
        })]);
        return _cli.WriteFile($"{owner}-set.json", new JsonObject { ["owner"] = owner, ["policies"] = policies }.ToJsonString());
    }

    private async Task<string> CreatePolicyAsync(string name, string content, IReadOnlyDictionary<string, string> tags, string? attachTo, string description = "")
    {
        var created = await _admin.CallAsync("CreatePolicy", new JsonObject
        {
            ["Content"] = content,
            ["Description"] = description,
            ["Name"] = name,
            ["Type"] = "BACKUP_POLICY",
            ["Tags"] = new JsonArray([.. tags.Select(t => (JsonNode)new JsonObject { ["Key"] = t.Key, ["Value"] = t.Value })]),
        });
        var id = created["Policy"]!["PolicySummary"]!["Id"]!.GetValue<string>();
        if (attachTo is not null)
        {
            await _admin.CallAsync("EnablePolicyType", new JsonObject { ["RootId"] = _rootId, ["PolicyType"] = "BACKUP_POLICY" });
            await _admin.CallAsync("AttachPolicy", new JsonObject { ["PolicyId"] = id, ["TargetId"] = attachTo });
        }

        return id;
    }

    private static string WithoutTags(JsonElement policy)
    {
        var copy = JsonNode.Parse(policy.GetRawText())!.AsObject();
        copy.Remove("tags");
        return copy.ToJsonString();
    }
}
