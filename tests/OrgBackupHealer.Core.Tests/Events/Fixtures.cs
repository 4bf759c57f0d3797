using System.Text;
using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>The events/ files copied beside the test assembly.</summary>
internal static class Fixtures
{
    public const string ManagedPolicyId = "p-abcd1234";
    public const string ManagedPolicyName = "org-backup-baseline";
    public const string HealerRoleArn = "arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "events");

    public static IEnumerable<string> Names =>
        System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>();

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Directory, name + ".json"));

    /// <summary>
    /// Every event the fixtures hold, by name: each events/*.json file, and the body of each record of the queue batches
    /// in events/sqs ("sqs/FILE#INDEX").
    /// </summary>
    public static IReadOnlyDictionary<string, byte[]> Events()
    {
        var events = Names.ToDictionary(n => n, Read, StringComparer.Ordinal);
        foreach (var batch in System.IO.Directory.EnumerateFiles(Path.Combine(Directory, "sqs"), "*.json"))
        {
            var records = JsonNode.Parse(File.ReadAllBytes(batch))!["Records"]!.AsArray();
            for (var i = 0; i < records.Count; i++)
            {
                events[$"sqs/{Path.GetFileNameWithoutExtension(batch)}#{i}"] = Encoding.UTF8.GetBytes(records[i]!["body"]!.GetValue<string>());
            }
        }

        return events;
    }
}
