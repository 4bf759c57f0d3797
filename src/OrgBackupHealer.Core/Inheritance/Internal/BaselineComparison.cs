using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Inheritance.Internal;

/// <summary>Walks one baseline plan beside the same plan in an effective policy and records how they differ.</summary>
internal sealed class BaselineComparison(EffectivePolicy effective, List<BaselineDeviation> deviations)
{
    public void Compare(string path, JsonNode? expected, JsonNode? actual, PolicyPlacement? inheritedOrigin)
    {
        // A collection replaced whole by an @@assign has an origin of its own, which every key inside inherits (a key
        // inside a setting has none of its own: only a setting has an origin, and it has no keys under it).
        var origin = inheritedOrigin;
        origin ??= effective.FindOrigin(path)?.SetBy;
        if (actual is null)
        {
            Add(path, DeviationKind.Removed, expected, null, origin);
        }
        else if (expected is JsonObject expectedKeys && actual is JsonObject actualKeys)
        {
            CompareKeys(path, expectedKeys, actualKeys, origin);
        }
        else if (expected is JsonArray expectedValues && actual is JsonArray actualValues)
        {
            CompareValueSets(path, expectedValues, actualValues, origin);
        }
        else if (!JsonNode.DeepEquals(expected, actual))
        {
            Add(path, DeviationKind.Changed, expected, actual, origin);
        }
    }

    private void CompareKeys(string path, JsonObject expected, JsonObject actual, PolicyPlacement? origin)
    {
        foreach (var (key, expectedValue) in expected)
        {
            var actualValue = JsonKeys.FindIgnoringCase(actual, key, out var actualKey);
            Compare(KeyPath.Child(path, actualKey ?? key), expectedValue, actualValue, origin);
        }

        foreach (var (key, actualValue) in actual)
        {
            if (!expected.Any(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)))
            {
                var addedPath = KeyPath.Child(path, key);
                // Inside a collection with an origin (an ancestor's), nothing has one of its own: the ancestor's speaks.
                var addedBy = FirstOriginWithin(addedPath);
                addedBy ??= origin;
                Add(addedPath, DeviationKind.Added, null, actualValue, addedBy);
            }
        }
    }

    /// <summary>An added collection has no origin of its own; the first setting inside it names who added it.</summary>
    private PolicyPlacement? FirstOriginWithin(string path) =>
        effective.Origins.FirstOrDefault(o => KeyPath.IsWithin(o.Path, path))?.SetBy;

    private void CompareValueSets(string path, JsonArray expected, JsonArray actual, PolicyPlacement? origin)
    {
        var keepsEveryBaselineValue = expected.All(e => actual.Any(a => JsonNode.DeepEquals(e, a)));
        var addsNothing = actual.All(a => expected.Any(e => JsonNode.DeepEquals(e, a)));
        if (!(keepsEveryBaselineValue && addsNothing))
        {
            Add(path, keepsEveryBaselineValue ? DeviationKind.Extended : DeviationKind.Changed, expected, actual, origin);
        }
    }

    private void Add(string path, DeviationKind kind, JsonNode? expected, JsonNode? actual, PolicyPlacement? origin) =>
        deviations.Add(new BaselineDeviation(path, kind, expected?.DeepClone(), actual?.DeepClone(), origin));
}
