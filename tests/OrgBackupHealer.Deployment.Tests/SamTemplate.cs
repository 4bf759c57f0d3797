using System.Text.Json.Nodes;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// template.yaml as JSON, read by cfn-lint's own YAML loader (tests/tools/template_to_json.py) so that the
/// short-form tags (!Ref, !GetAtt, !Sub) come back in their long form exactly as CloudFormation sees them.
/// </summary>
internal static class SamTemplate
{
    public static async Task<JsonObject> LoadAsync()
    {
        var result = await ExternalProcess.RunAsync(
            "python3",
            [RepositoryRoot.Combine("tests", "tools", "template_to_json.py"), RepositoryRoot.Combine("template.yaml")],
            RepositoryRoot.Path);
        Assert.True(result.ExitCode == 0, result.Transcript);
        return JsonNode.Parse(result.StandardOutput)?.AsObject()
            ?? throw new InvalidOperationException("template_to_json.py printed no template");
    }

    public static JsonObject Resource(JsonObject template, string logicalId) =>
        template["Resources"]?[logicalId]?.AsObject()
            ?? throw new InvalidOperationException($"template.yaml has no resource {logicalId}");

    /// <summary>A JSON value that may be a single item or a list, as IAM allows for Action and Resource.</summary>
    public static IEnumerable<JsonNode> OneOrMany(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.OfType<JsonNode>(),
        _ => [node],
    };
}
