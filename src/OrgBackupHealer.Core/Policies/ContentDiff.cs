using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Policies;

/// <summary>
/// Where two policy documents differ, by JSON path: objects are compared key by key (key order never counts),
/// anything else as a whole value. The list is capped, so a document replaced wholesale stays readable.
/// </summary>
internal static class ContentDiff
{
    public const int MaxChanges = 50;

    public static IReadOnlyList<ContentChange> Between(JsonNode? desired, JsonNode? actual)
    {
        var changes = new List<ContentChange>();
        Compare(desired, actual, "$", changes);
        return changes;
    }

    private static void Compare(JsonNode? desired, JsonNode? actual, string path, List<ContentChange> changes)
    {
        if (JsonNode.DeepEquals(desired, actual))
        {
            return;
        }

        if (desired is JsonObject wanted && actual is JsonObject found)
        {
            foreach (var (key, value) in wanted)
            {
                Compare(value, found.TryGetPropertyValue(key, out var other) ? other : null, $"{path}.{key}", changes, found.ContainsKey(key));
            }

            foreach (var (key, value) in found.Where(p => !wanted.ContainsKey(p.Key)))
            {
                Add(changes, new ContentChange($"{path}.{key}", null, value?.ToJsonString()));
            }

            return;
        }

        Add(changes, new ContentChange(path, desired?.ToJsonString(), actual?.ToJsonString()));
    }

    /// <summary>A key absent on the actual side reads as null, which JSON null would be too: say which it was.</summary>
    private static void Compare(JsonNode? desired, JsonNode? actual, string path, List<ContentChange> changes, bool actualHasKey)
    {
        if (actualHasKey)
        {
            Compare(desired, actual, path, changes);
        }
        else
        {
            Add(changes, new ContentChange(path, desired?.ToJsonString() ?? "null", null));
        }
    }

    private static void Add(List<ContentChange> changes, ContentChange change)
    {
        if (changes.Count < MaxChanges)
        {
            changes.Add(change);
        }
    }
}
