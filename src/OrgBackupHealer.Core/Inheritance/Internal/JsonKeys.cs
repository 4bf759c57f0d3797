using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Inheritance.Internal;

/// <summary>Key lookups that match the merge: case-insensitive, reporting the spelling actually found.</summary>
internal static class JsonKeys
{
    public static JsonNode? FindIgnoringCase(JsonObject? parent, string key, out string? actualKey)
    {
        foreach (var (name, value) in parent ?? [])
        {
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
            {
                actualKey = name;
                return value;
            }
        }

        actualKey = null;
        return null;
    }
}
