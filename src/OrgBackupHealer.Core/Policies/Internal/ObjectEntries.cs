using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>The members of a resolved policy's collection (plans, rules, selections) that are objects; anything else is question (a)'s to report.</summary>
internal static class ObjectEntries
{
    public static IEnumerable<KeyValuePair<string, JsonObject>> Of(JsonNode? node) =>
        node is JsonObject obj ? obj.Where(p => p.Value is JsonObject).Select(p => KeyValuePair.Create(p.Key, (JsonObject)p.Value!)) : [];
}
