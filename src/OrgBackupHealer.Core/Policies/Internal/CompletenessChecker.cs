using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>
/// Question (b), walking a resolved (operator-free) policy along <see cref="BackupPolicyGrammar"/>: every element the
/// page marks required is present where its parent is. Values and unknown keys are question (a)'s business and are
/// not judged here.
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
            case NamedEntries named when node is JsonObject entries:
                foreach (var (key, entry) in entries)
                {
                    Check(entry, named.Entry, $"{path}.{key}");
                }

                break;
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
            switch (obj[required])
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
