using System.Text.Json.Nodes;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// The result of matching the template's EventBridge patterns against a folder of events with moto's EventBridge
/// pattern engine (tests/tools/match_event_patterns.py): for each file, whether each rule matched.
/// </summary>
internal sealed class EventPatternMatches
{
    /// <summary>The role ARN the fixtures use for the healer's own calls; substituted for !GetAtt HealerFunctionRole.Arn.</summary>
    public const string FixtureRoleArn = "arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole";

    private readonly JsonObject _results;

    private EventPatternMatches(JsonObject results) => _results = results;

    public IEnumerable<string> FileNames => _results.Select(entry => entry.Key);

    public static async Task<EventPatternMatches> ComputeAsync(string eventsDirectory)
    {
        var result = await ExternalProcess.RunAsync(
            "python3",
            [
                RepositoryRoot.Combine("tests", "tools", "match_event_patterns.py"),
                RepositoryRoot.Combine("template.yaml"),
                eventsDirectory,
                FixtureRoleArn,
            ],
            RepositoryRoot.Path);
        Assert.True(result.ExitCode == 0, result.Transcript);
        var output = JsonNode.Parse(result.StandardOutput)
            ?? throw new InvalidOperationException("match_event_patterns.py printed nothing");
        return new EventPatternMatches(output["results"]?.AsObject()
            ?? throw new InvalidOperationException("match_event_patterns.py printed no results"));
    }

    public bool Matched(string fileName, string rule) =>
        _results[fileName]?[rule]?.GetValue<bool>()
            ?? throw new InvalidOperationException($"No result for rule {rule} on {fileName}");
}
