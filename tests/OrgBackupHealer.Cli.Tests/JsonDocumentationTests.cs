using System.Text.Json;
using System.Text.RegularExpressions;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Coverage;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>
/// docs/cli-json.md and the documents the CLI prints agree: every field printed is in the table, and every field in
/// the table is printed by one of the runs below (which between them reach every documented case).
/// </summary>
public sealed partial class JsonDocumentationTests
{
    private const string TypoOu = "ou-abcd-12345678";

    [Fact]
    public async Task TheCommandReportTableListsExactlyTheFieldsPlanHealAndRestorePrint()
    {
        var documented = DocumentedFields("## `plan`, `heal`, `restore`");
        var printed = new HashSet<string>(StringComparer.Ordinal);

        foreach (var document in await CommandReportsAsync())
        {
            Collect(document, "", documented, printed);
        }

        Assert.Empty(printed.Except(documented.Keys));
        Assert.Empty(documented.Keys.Except(printed));
    }

    [Fact]
    public async Task TheValidateTableListsExactlyTheFieldsValidatePrints()
    {
        // Arrange
        var documented = DocumentedFields("## `validate`");
        var printed = new HashSet<string>(StringComparer.Ordinal);
        using var cli = new CliDriver();
        var invalid = cli.WriteFile("invalid.json", """{"plans":{"p":{"regions":{"@@assign":["moon-1"]},"rules":{"r":{"target_backup_vault_name":{"@@assign":"Default"}}},"selections":{}}}}""");
        var open = cli.WriteFile("open.json", """{"plans":{"p":{"regions":{"@@assign":["us-east-1"]},"rules":{"r":{"target_backup_vault_name":{"@@assign":"Default"}}},"selections":{}}}}""");

        // Act: the invalid file is rejected and incomplete, the open one valid (with warnings) only as a partial policy.
        var runs = new[]
        {
            await cli.RunAsync("validate", invalid, "--output", "json"),
            await cli.RunAsync("validate", "--partial", open, "--output", "json"),
        };

        // Assert
        Assert.Equal([1, 0], runs.Select(r => r.ExitCode));
        foreach (var run in runs)
        {
            Collect(run.Json(), "", documented, printed);
        }

        Assert.Empty(printed.Except(documented.Keys));
        Assert.Empty(documented.Keys.Except(printed));
    }

    [Fact]
    public async Task TheCoverageTableListsExactlyTheFieldsCoveragePrints()
    {
        // Arrange: an override by another policy and an unknown target in one run, a blocked override and an invalid account in others.
        var documented = DocumentedFields("## `coverage`");
        var printed = new HashSet<string>(StringComparer.Ordinal);
        using var cli = new CliDriver();
        var unlocked = cli.WriteFile(UnlockedBaseline.FileName, UnlockedBaseline.Content);
        var sample = ShippedPolicy.HealthyOrganization();
        var exemption = $$""", "exemptions": [ { "target": "{{sample.TargetIdOf("sandbox-1")}}", "reason": "pilot", "owner": "team-sandbox", "expires": "2099-12-31" } ]""";
        var set = PolicySets.Write(cli, sample.TargetIdOf("Production"), exemption);

        // Act
        var runs = new[]
        {
            await cli.RunAsync("coverage", "--simulate", "--break", "child-override", "--policy-file", unlocked, "--target", "root", "--target", TypoOu, "--output", "json"),
            await cli.RunAsync("coverage", "--simulate", "--break", "child-override", "--output", "json"),
            await cli.RunAsync("coverage", "--simulate", "--break", "invalid-effective", "--output", "json"),
            await cli.RunAsync("coverage", "--simulate", "--policy-set", set, "--output", "json"),
        };

        // Assert
        Assert.Equal([3, 0, 2, 0], runs.Select(r => r.ExitCode));
        foreach (var run in runs)
        {
            Collect(run.Json(), "", documented, printed);
        }

        Assert.Empty(printed.Except(documented.Keys));
        Assert.Empty(documented.Keys.Except(printed));
    }

    /// <summary>A plan with a content change and an unknown target, a heal that fails after a write, a restore with a note, a usage error.</summary>
    private static async Task<List<JsonElement>> CommandReportsAsync()
    {
        var drifted = ShippedPolicy.HealthyOrganization();
        drifted.EditPolicyContent(ShippedPolicy.PolicyId(drifted), OrganizationBreaker.Tamper(ShippedPolicy.Content));
        using var planCli = new CliDriver(drifted);
        var plan = await planCli.RunAsync("plan", "--target", "root", "--target", TypoOu, "--output", "json");

        var failing = ShippedPolicy.HealthyOrganization();
        var policyId = ShippedPolicy.PolicyId(failing);
        failing.DetachPolicy(policyId, failing.RootId);
        failing.DeletePolicy(policyId);
        failing.DisablePolicyType(PolicyTypes.BackupPolicy);
        failing.InjectFault(OrganizationsOperations.CreatePolicy, OrganizationsErrorCodes.AccessDenied, count: 1, message: "not allowed");
        using var healCli = new CliDriver(failing);
        var heal = await healCli.RunAsync("heal", "--yes", "--output", "json");

        var restored = ShippedPolicy.HealthyOrganization();
        var restoredId = ShippedPolicy.PolicyId(restored);
        restored.EditPolicyContent(restoredId, OrganizationBreaker.Tamper(ShippedPolicy.Content));
        using var restoreCli = new CliDriver(restored);
        await restoreCli.RunAsync("heal", "--yes");
        restored.AttachPolicy(restoredId, restored.TargetIdOf("Workloads"));
        var restore = await restoreCli.RunAsync("restore", "--from", Directory.GetFiles(restoreCli.SnapshotDirectory)[0], "--yes", "--output", "json");

        // A policy set whose baseline was renamed and its name taken by someone else, and whose production tier cannot be
        // created (denied): one entry healed around the squatter, one stopped with AWS's error.
        var contested = PolicySets.Organization();
        var baselineId = contested.FindPolicyId(OrgBackupHealer.Core.Desired.HealerDefaults.PolicyName)!;
        contested.RenamePolicy(baselineId, "renamed-by-someone");
        contested.CreatePolicy(PolicyTypes.BackupPolicy, OrgBackupHealer.Core.Desired.HealerDefaults.PolicyName, ShippedPolicy.Content);
        contested.InjectFault(OrganizationsOperations.CreatePolicy, OrganizationsErrorCodes.AccessDenied, message: "not allowed");
        using var setCli = new CliDriver(contested);
        var set = await setCli.RunAsync("heal", "--yes", "--policy-set", PolicySets.Write(setCli, contested.TargetIdOf("Workloads")), "--output", "json");

        var usage = await planCli.RunAsync("plan", "--bogus", "--output", "json");
        Assert.Equal((3, 1, 0, 1, 64), (plan.ExitCode, heal.ExitCode, restore.ExitCode, set.ExitCode, usage.ExitCode));
        return [plan.Json(), heal.Json(), restore.Json(), set.Json(), usage.Json()];
    }

    /// <summary>Field path → type, from the table under <paramref name="heading"/>.</summary>
    internal static Dictionary<string, string> DocumentedFields(string heading)
    {
        var doc = File.ReadAllText(RepositoryPaths.FindAbove(Path.Combine("docs", "cli-json.md")));
        var start = doc.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/cli-json.md has no section {heading}");
        var end = doc.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        var section = end < 0 ? doc[start..] : doc[start..end];
        return TableRow().Matches(section).ToDictionary(m => m.Groups["field"].Value, m => m.Groups["type"].Value.Trim(), StringComparer.Ordinal);
    }

    /// <summary>Every field path in <paramref name="element"/>: "a.b", "a[].b"; maps (documented as such) are not descended into.</summary>
    internal static void Collect(JsonElement element, string path, Dictionary<string, string> documented, HashSet<string> printed)
    {
        if (path.Length > 0)
        {
            printed.Add(path);
        }

        var isMap = documented.TryGetValue(path, out var type) && type.StartsWith("map", StringComparison.Ordinal);
        if (element.ValueKind == JsonValueKind.Object && !isMap)
        {
            foreach (var property in element.EnumerateObject())
            {
                Collect(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", documented, printed);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
            {
                foreach (var property in item.EnumerateObject())
                {
                    Collect(property.Value, $"{path}[].{property.Name}", documented, printed);
                }
            }
        }
    }

    [GeneratedRegex(@"^\| `(?<field>[^`]+)` \| (?<type>[^|]+) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
