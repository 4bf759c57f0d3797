using System.Text.Json.Nodes;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>templates/delegated-admin-policy.yaml: the statements of the organization's delegation policy it creates.</summary>
internal static class DelegatedAdminPolicy
{
    public const string Template = "templates/delegated-admin-policy.yaml";

    public static async Task<IReadOnlyList<JsonObject>> StatementsAsync()
    {
        var template = await SamTemplate.LoadAsync(Template);
        var policy = SamTemplate.Resource(template, "HealerDelegationPolicy");
        Assert.Equal("AWS::Organizations::ResourcePolicy", policy["Type"]?.GetValue<string>());
        return [.. SamTemplate.OneOrMany(policy["Properties"]?["Content"]?["Statement"]).Select(statement => statement.AsObject())];
    }
}
