using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Inheritance.Internal;
using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Inheritance;

/// <summary>
/// Compares an account's effective policy with the baseline plans of the managed policy, key by key and by JSON
/// value (never by text), and names the policy responsible for each difference. The healer never writes to policies
/// it does not own, so this is what a coverage report says instead.
/// </summary>
public static class BaselineCoverage
{
    /// <summary>
    /// The deviations under every plan the baseline defines, in the baseline's order, and the refused changes inside
    /// those plans. Multi-valued settings compare as sets: merging treats them as sets of values, so order means nothing.
    /// </summary>
    public static BaselineCoverageReport Compare(PolicyDocument baseline, EffectivePolicy effective)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return Compare(baseline.Content, effective);
    }

    /// <summary>The comparison for any policy content, valid backup policy or not, for generated documents in tests.</summary>
    internal static BaselineCoverageReport Compare(string baselineContent, EffectivePolicy effective)
    {
        ArgumentNullException.ThrowIfNull(effective);
        var expected = EffectivePolicyCalculator.Compute([new PathTarget("baseline", [new AttachedPolicy("baseline", "baseline", baselineContent)])]).Document;
        var deviations = new List<BaselineDeviation>();
        var planPaths = new List<string>();
        var plansPath = KeyPath.Child(KeyPath.Root, "plans");
        var effectivePlans = FindIgnoringCase(effective.Document, "plans", out _);
        foreach (var (planName, plan) in expected["plans"] as JsonObject ?? [])
        {
            var actual = FindIgnoringCase(effectivePlans as JsonObject, planName, out var actualName);
            var path = KeyPath.Child(plansPath, actualName ?? planName);
            planPaths.Add(path);
            new Comparison(effective, deviations).Compare(path, plan, actual, inheritedOrigin: null);
        }

        var blocked = effective.Refusals.Where(r => planPaths.Any(p => KeyPath.IsWithin(r.Path, p))).ToList();
        return new BaselineCoverageReport(deviations, blocked);
    }

    private static JsonNode? FindIgnoringCase(JsonObject? parent, string key, out string? actualKey)
    {
        foreach (var (name, value) in parent ?? [])
        {
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
            {
                actualKey = name;
                return value;
            }
        }

        actualKey = null;
        return null;
    }

    private sealed class Comparison(EffectivePolicy effective, List<BaselineDeviation> deviations)
    {
        public void Compare(string path, JsonNode? expected, JsonNode? actual, PolicyPlacement? inheritedOrigin)
        {
            // A collection replaced whole by an @@assign has an origin of its own, which every key inside inherits.
            var origin = effective.FindOrigin(path)?.SetBy ?? inheritedOrigin;
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
                var actualValue = FindIgnoringCase(actual, key, out var actualKey);
                Compare(KeyPath.Child(path, actualKey ?? key), expectedValue, actualValue, origin);
            }

            foreach (var (key, actualValue) in actual)
            {
                if (!expected.Any(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)))
                {
                    var addedPath = KeyPath.Child(path, key);
                    Add(addedPath, DeviationKind.Added, null, actualValue, FirstOriginWithin(addedPath) ?? origin);
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
}
