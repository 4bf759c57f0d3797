using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Tests.Inheritance;

/// <summary>Every object in a JSON tree, for edits that apply at any depth.</summary>
internal static class JsonObjectTree
{
    public static IEnumerable<JsonObject> DescendantsAndSelf(this JsonObject root) =>
        root.Select(p => p.Value).OfType<JsonObject>().SelectMany(DescendantsAndSelf).Prepend(root);
}
