using System.Text.Json.Nodes;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// The result of matching a template's EventBridge rules against a folder of events with moto's EventBridge pattern
/// engine and the rules' states (tests/tools/match_event_patterns.py): for each file, whether each rule delivers it.
/// </summary>
internal sealed class EventPatternMatches
{
    /// <summary>The role ARN the fixtures use for the healer's own calls; stands for the template's reference to the healer's role.</summary>
    public const string FixtureRoleArn = "arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole";

    private readonly JsonObject _results;
    private readonly JsonObject _rules;

    private EventPatternMatches(JsonObject results, JsonObject rules)
    {
        _results = results;
        _rules = rules;
    }

    public IEnumerable<string> FileNames => _results.Select(entry => entry.Key);

    /// <summary>The logical ids of the template's rules that have an event pattern.</summary>
    public IEnumerable<string> Rules => _rules.Select(entry => entry.Key);

    /// <param name="template">A template path, relative to the repository root or absolute.</param>
    public static async Task<EventPatternMatches> ComputeAsync(string template, string eventsDirectory)
    {
        var result = await ExternalProcess.RunAsync(
            "python3",
            [RepositoryRoot.Combine("tests", "tools", "match_event_patterns.py"), RepositoryRoot.Combine(template), eventsDirectory, FixtureRoleArn],
            RepositoryRoot.Path);
        Assert.True(result.ExitCode == 0, result.Transcript);
        var output = JsonNode.Parse(result.StandardOutput)
            ?? throw new InvalidOperationException("match_event_patterns.py printed nothing");
        return new EventPatternMatches(
            output["results"]?.AsObject() ?? throw new InvalidOperationException("match_event_patterns.py printed no results"),
            output["rules"]?.AsObject() ?? throw new InvalidOperationException("match_event_patterns.py printed no rules"));
    }

    public bool Delivered(string fileName, string rule) =>
        _results[fileName]?[rule]?.GetValue<bool>()
            ?? throw new InvalidOperationException($"No result for rule {rule} on {fileName}");

    /// <summary>The rule's pattern with the healer's role resolved to <see cref="FixtureRoleArn"/>.</summary>
    public JsonNode Pattern(string rule) => Rule(rule)["pattern"] ?? throw new InvalidOperationException($"{rule} has no pattern");

    /// <summary>EventBusName as the template writes it: "default", or an intrinsic naming the signal bus.</summary>
    public JsonNode Bus(string rule) => Rule(rule)["bus"] ?? throw new InvalidOperationException($"{rule} has no bus");

    public string State(string rule) => Rule(rule)["state"]!.GetValue<string>();

    private JsonObject Rule(string rule) =>
        _rules[rule]?.AsObject() ?? throw new InvalidOperationException($"The template has no rule {rule}");
}
