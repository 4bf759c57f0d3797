using System.Text.Json.Nodes;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>The Allow statements of the healer function's role, flattened over its inline policies.</summary>
internal static class RoleStatements
{
    public const string OrganizationsPrefix = "organizations:";

    public static async Task<IReadOnlyList<JsonObject>> LoadAsync()
    {
        var template = await SamTemplate.LoadAsync();
        var role = SamTemplate.Resource(template, "HealerFunctionRole");
        return [.. SamTemplate.OneOrMany(role["Properties"]?["Policies"])
            .SelectMany(policy => SamTemplate.OneOrMany(policy["PolicyDocument"]?["Statement"]))
            .Select(statement => statement.AsObject())];
    }

    public static IEnumerable<string> Actions(JsonObject statement) =>
        SamTemplate.OneOrMany(statement["Action"]).Select(action => action.GetValue<string>());

    public static IReadOnlySet<string> OrganizationsActions(IEnumerable<JsonObject> statements) =>
        statements.SelectMany(Actions)
            .Where(action => action.StartsWith(OrganizationsPrefix, StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
}
