using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Tests.Support;

public static class SamplePolicies
{
    public static string ShippedPath => Path.Combine(AppContext.BaseDirectory, "policies", "backup-policy.json");

    public static string Shipped { get; } = File.ReadAllText(ShippedPath);

    /// <summary>The shipped policy with a retention changed: real drift.</summary>
    public static string Edited { get; } = Shipped.Replace("\"35\"", "\"7\"", StringComparison.Ordinal);

    /// <summary>The shipped policy minified with reversed key order: the same JSON value, not drift.</summary>
    public static string Reformatted { get; } = Reverse(JsonNode.Parse(Shipped)!).ToJsonString();

    private static JsonNode Reverse(JsonNode node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Reverse(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(i => i is null ? null : Reverse(i))]),
        _ => node.DeepClone(),
    };
}
