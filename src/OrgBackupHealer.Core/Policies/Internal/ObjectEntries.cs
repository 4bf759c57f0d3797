using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Inheritance.Internal;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>
/// The entries of a collection (plans, rules, selections, copy actions): members that are objects, operators left
/// out. Anything else there is question (a)'s to report.
/// </summary>
internal static class ObjectEntries
{
    public static IEnumerable<KeyValuePair<string, JsonObject>> Of(JsonNode? node) => node is JsonObject obj
        ? obj.Where(p => p.Value is JsonObject && !OperatorSyntax.IsOperator(p.Key)).Select(p => KeyValuePair.Create(p.Key, (JsonObject)p.Value!))
        : [];
}
