using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Inheritance.Internal;
using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Inheritance;

/// <summary>
/// Compares an account's effective policy with the baseline plans of the managed policy, key by key and by JSON
/// value (never by text), and names the policy responsible for each difference. The healer never writes to policies
/// it does not own, so this is what a coverage report says instead.
/// </summary>
internal static class BaselineCoverage
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
        var expected = EffectivePolicyCalculator.Compute(PathTarget.Alone(baselineContent)).Document;
        var deviations = new List<BaselineDeviation>();
        var planPaths = new List<string>();
        var plansPath = KeyPath.Child(KeyPath.Root, "plans");
        var effectivePlans = JsonKeys.FindIgnoringCase(effective.Document, "plans", out _);
        foreach (var (planName, plan) in expected["plans"] as JsonObject ?? [])
        {
            var actual = JsonKeys.FindIgnoringCase(effectivePlans as JsonObject, planName, out var actualName);
            var path = KeyPath.Child(plansPath, actualName ?? planName);
            planPaths.Add(path);
            new BaselineComparison(effective, deviations).Compare(path, plan, actual, inheritedOrigin: null);
        }

        var blocked = effective.Refusals.Where(r => planPaths.Any(p => KeyPath.IsWithin(r.Path, p))).ToList();
        return new BaselineCoverageReport(deviations, blocked);
    }
}
