using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// template.yaml (or another template of the repository) as JSON, read by cfn-lint's own YAML loader
/// (tests/tools/template_to_json.py) so that the short-form tags (!Ref, !GetAtt, !Sub) come back in their long form
/// exactly as CloudFormation sees them.
/// </summary>
internal static class SamTemplate
{
    // The loader's text, once per template and test run (python and cfn-lint take seconds to start); every caller
    // gets its own parsed copy, so no test sees another's changes.
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> s_loaded = new(StringComparer.Ordinal);

    public static async Task<JsonObject> LoadAsync(string template = "template.yaml")
    {
        var json = await s_loaded.GetOrAdd(template, key => new Lazy<Task<string>>(() => ConvertAsync(key))).Value;
        return JsonNode.Parse(json)?.AsObject()
            ?? throw new InvalidOperationException("template_to_json.py printed no template");
    }

    public static JsonObject Resource(JsonObject template, string logicalId) =>
        template["Resources"]?[logicalId]?.AsObject()
            ?? throw new InvalidOperationException($"The template has no resource {logicalId}");

    /// <summary>A JSON value that may be a single item or a list, as IAM allows for Action and Resource.</summary>
    public static IEnumerable<JsonNode> OneOrMany(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.OfType<JsonNode>(),
        _ => [node],
    };

    private static async Task<string> ConvertAsync(string template)
    {
        var result = await ExternalProcess.RunAsync(
            "python3",
            [RepositoryRoot.Combine("tests", "tools", "template_to_json.py"), RepositoryRoot.Combine(template)],
            RepositoryRoot.Path);
        Assert.True(result.ExitCode == 0, result.Transcript);
        return result.StandardOutput;
    }
}
