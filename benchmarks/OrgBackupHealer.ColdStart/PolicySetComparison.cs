using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.ColdStart;

/// <summary>
/// The AOT function's start to first answer with a policy set of 1 and of 10 entries, on a healthy organization in
/// moto: once for an event it ignores (process start, loading and checking the set: the cost of the set's size at
/// start-up) and once for a scheduled event (that start plus a cold reconcile of every entry, whose Organizations
/// calls grow by three per entry by design: its tags, its content, its attachments).
/// </summary>
internal sealed class PolicySetComparison(MotoServer moto, MotoAdmin admin, FunctionBuild aot, EventFactory events)
{
    public static readonly int[] Sizes = [1, 10];

    public async Task<string> RunAsync(int runs)
    {
        var report = new StringBuilder();
        report.AppendLine("| entries | ignored event: first answer, median (p90) | scheduled: first answer, median (p90) | Organizations calls, cold scheduled |");
        report.AppendLine("|---:|---:|---:|---:|");
        foreach (var size in Sizes)
        {
            var (setFile, calls) = await PrepareAsync(size);
            var environment = new Dictionary<string, string>(moto.ClientEnvironment) { ["HEALER_POLICY_SET"] = setFile, ["HEALER_OWNER"] = "platform", ["HEALER_COVERAGE_SHARE"] = "0" };
            var runner = new FunctionRunner(environment, events);
            await runner.FirstAnswerAsync(aot, EventFactory.Unrelated);
            var (ignored, scheduled) = (new List<double>(), new List<double>());
            for (var run = 0; run < runs; run++)
            {
                ignored.Add(await runner.FirstAnswerAsync(aot, EventFactory.Unrelated));
                scheduled.Add(await runner.FirstAnswerAsync(aot, EventFactory.Scheduled));
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"| {size} | {Percentiles.Median(ignored):F1} ms ({Percentiles.P90(ignored):F1}) | {Percentiles.Median(scheduled):F1} ms ({Percentiles.P90(scheduled):F1}) | {calls} |");
            Console.WriteLine($"policy set of {size}: ignored {Percentiles.Median(ignored):F1} ms, scheduled {Percentiles.Median(scheduled):F1} ms");
        }

        return report.ToString();
    }

    /// <returns>The set file, and the calls a cold reconcile of it makes (1 ListRoots + 1 ListPolicies + 3 per entry).</returns>
    private async Task<(string SetFile, int Calls)> PrepareAsync(int size)
    {
        await moto.ResetAsync();
        var root = await admin.CreateOrganizationAsync();
        await admin.CallAsync("EnablePolicyType", new JsonObject { ["RootId"] = root, ["PolicyType"] = "BACKUP_POLICY" });
        var folder = Directory.CreateTempSubdirectory("coldstart-set-").FullName;
        var baseline = await File.ReadAllTextAsync(Path.Combine(aot.Folder, Publisher.PolicyFile));
        var production = await File.ReadAllTextAsync(Path.Combine(aot.Folder, "prod.json"));
        var entries = new JsonArray();
        for (var i = 0; i < size; i++)
        {
            var (key, content, target) = i == 0
                ? ("baseline", baseline, root)
                : ($"tier-{i}", production.Replace("org-backup-prod", $"tier-{i}", StringComparison.Ordinal), await OuAsync(root, i));
            await File.WriteAllTextAsync(Path.Combine(folder, key + ".json"), content);
            var created = await admin.CallAsync("CreatePolicy", new JsonObject
            {
                ["Name"] = key, ["Description"] = "d", ["Type"] = "BACKUP_POLICY", ["Content"] = content,
                ["Tags"] = new JsonArray(Tag("managed-by", "OrgBackupHealer"), Tag("orgbackuphealer:owner", "platform"), Tag("orgbackuphealer:key", key)),
            });
            await admin.CallAsync("AttachPolicy", new JsonObject { ["PolicyId"] = created["Policy"]!["PolicySummary"]!["Id"]!.GetValue<string>(), ["TargetId"] = target });
            entries.Add(new JsonObject { ["key"] = key, ["name"] = key, ["description"] = "d", ["content"] = key + ".json", ["targets"] = new JsonArray(i == 0 ? "root" : target) });
        }

        var setFile = Path.Combine(folder, "policy-set.json");
        await File.WriteAllTextAsync(setFile, new JsonObject { ["owner"] = "platform", ["policies"] = entries }.ToJsonString());
        return (setFile, 2 + (3 * size));
    }

    private async Task<string> OuAsync(string root, int i) =>
        (await admin.CallAsync("CreateOrganizationalUnit", new JsonObject { ["ParentId"] = root, ["Name"] = $"Division{i:D2}" }))["OrganizationalUnit"]!["Id"]!.GetValue<string>();

    private static JsonObject Tag(string key, string value) => new() { ["Key"] = key, ["Value"] = value };
}
