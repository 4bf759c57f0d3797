using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>
/// Question (b), walking a policy along <see cref="BackupPolicyGrammar"/>: every element the page marks required is
/// present where its parent is. A setting is present when it sets a value (<see cref="SettingValues.Read"/>), so a
/// policy with operators and an effective policy without them are read alike. Values and unknown keys are question
/// (a)'s business and are not judged here.
/// </summary>
internal sealed class CompletenessChecker(List<PolicyValidationError> errors)
{
    public void Check(JsonNode? node, GrammarNode grammar, string path)
    {
        switch (grammar)
        {
            case FixedKeys fixedKeys when node is JsonObject obj:
                CheckFixedKeys(obj, fixedKeys, path);
                break;
            case NamedEntries named when node is JsonObject collection:
                CheckNamedEntries(collection, named, path);
                break;
        }
    }

    private void CheckNamedEntries(JsonObject collection, NamedEntries grammar, string path)
    {
        var entries = ObjectEntries.Of(collection).ToList();
        foreach (var (key, entry) in entries)
        {
            Check(entry, grammar.Entry, $"{path}.{key}");
        }

        if (grammar.AtLeastOne is { } requirement && entries.Count == 0)
        {
            errors.Add(new(path, $"empty: {requirement}"));
        }
    }

    private void CheckFixedKeys(JsonObject obj, FixedKeys grammar, string path)
    {
        foreach (var (key, child) in obj)
        {
            if (grammar.Keys.TryGetValue(key, out var childGrammar))
            {
                Check(child, childGrammar, $"{path}.{key}");
            }
        }

        foreach (var required in grammar.Required)
        {
            var present = grammar.Keys[required] is Setting ? SettingValues.Read(obj[required]) : obj[required] as JsonObject;
            switch (present)
            {
                case null:
                    errors.Add(new($"{path}.{required}", $"missing: {grammar.What} needs {Enumerate(grammar.Required)}"));
                    break;
                case JsonArray { Count: 0 }:
                    errors.Add(new($"{path}.{required}", $"empty: {grammar.What} needs at least one value in {required}"));
                    break;
            }
        }

        if (grammar.RequiresOneOf is [var first, var second] && obj[first] is null && obj[second] is null)
        {
            errors.Add(new(path, $"missing: {grammar.What} holds neither {first} nor {second}; an effective policy needs at least one of them"));
        }
    }

    private static string Enumerate(IReadOnlyList<string> keys) =>
        keys.Count == 1 ? keys[0] : $"{string.Join(", ", keys.Take(keys.Count - 1))} and {keys[^1]}";
}
