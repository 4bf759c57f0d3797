using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Benchmarks;

/// <summary>
/// A realistic backup policy close to the 10,000-character limit: the shipped plan repeated for more workloads,
/// each copy with its own regions, schedule and retention, written indented as people write them.
/// </summary>
internal static class LargePolicy
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };
    private static readonly string[][] s_regions = [["us-east-1", "us-west-2"], ["eu-west-1", "eu-central-1"], ["ap-southeast-2"], ["us-east-2", "ca-central-1"]];

    /// <summary>The largest document of whole plans that stays within <see cref="BackupPolicyValidator.MaxContentLength"/>.</summary>
    public static string Create(string shippedPolicy)
    {
        var template = (JsonNode.Parse(shippedPolicy)!["plans"] as JsonObject)!.First().Value!;
        var plans = new JsonObject();
        var document = new JsonObject { ["plans"] = plans };
        var last = document.ToJsonString(s_indented);
        for (var i = 0; ; i++)
        {
            plans[$"workload-{i:00}"] = Variant(template, i);
            var next = document.ToJsonString(s_indented);
            if (next.Length > BackupPolicyValidator.MaxContentLength)
            {
                return last;
            }

            last = next;
        }
    }

    /// <summary>The same JSON value written compactly with every object's keys in reverse order: not drift.</summary>
    public static string Reordered(string content) => Reverse(JsonNode.Parse(content)!)!.ToJsonString();

    /// <summary>The same document with the last retention changed: drift found only at the end of the walk.</summary>
    public static string EditedAtTheEnd(string content)
    {
        var root = JsonNode.Parse(content)!;
        var lastPlan = (root["plans"] as JsonObject)!.Last().Value!;
        lastPlan["rules"]!["daily"]!["lifecycle"]!["delete_after_days"]!["@@assign"] = "7";
        return root.ToJsonString(s_indented);
    }

    private static JsonNode Variant(JsonNode template, int index)
    {
        var plan = template.DeepClone();
        plan["regions"]!["@@assign"] = new JsonArray([.. s_regions[index % s_regions.Length].Select(r => (JsonNode)r)]);
        var daily = plan["rules"]!["daily"]!;
        daily["schedule_expression"]!["@@assign"] = string.Create(CultureInfo.InvariantCulture, $"cron(0 {index % 24} ? * * *)");
        daily["lifecycle"]!["delete_after_days"]!["@@assign"] = (30 + index).ToString(CultureInfo.InvariantCulture);
        return plan;
    }

    private static JsonNode? Reverse(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Reverse().Select(p => KeyValuePair.Create(p.Key, Reverse(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Reverse)]),
        _ => node?.DeepClone(),
    };
}
