using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Inheritance;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Desired;

/// <summary>
/// Question (b) for a policy set, "is every plan complete where it applies?": the entries on the root merged, then, at
/// each other target, the root's entries merged with that target's.
/// </summary>
/// <remarks>
/// A tier that only adds plans of its own, each complete, needs no merge: the root's plans are judged at the root, the
/// tier's plans meet nothing to merge with, and a lock above that refuses a new plan refuses all of it, which leaves no
/// plan half-made. Checking such a tier alone gives the same answer at a fraction of the cost of a merge, and it is the
/// usual shape of a tier, so the start-up check of a set of ten entries costs about what one of one entry does
/// (docs/performance.md, "Policy sets"). Anything else (a plan the root also defines, an <c>@@remove</c>, a plan that
/// is not whole alone, two tiers on one target) is merged.
/// </remarks>
internal static class SetMergeCheck
{
    /// <param name="judgeWholeTiersAlone">False merges at every target (the tests compare the two answers).</param>
    public static IEnumerable<string> IncompleteMerges(List<DesiredState> entries, bool judgeWholeTiersAlone = true)
    {
        var onRoot = entries.Where(e => e.TargetIds.Any(IsRoot)).ToList();
        var rootPlans = onRoot.SelectMany(e => PlanNames(e.Document.Content)).ToHashSet(StringComparer.Ordinal);
        var wholeAlone = new Dictionary<DesiredState, bool>();
        var merges = new List<(string Where, List<DesiredState> Entries)>();
        if (onRoot.Count > 0)
        {
            merges.Add(("the root", onRoot));
        }

        foreach (var target in entries.SelectMany(e => e.TargetIds).Where(t => !IsRoot(t)).Distinct(StringComparer.Ordinal))
        {
            var tiers = entries.Where(e => e.TargetIds.Contains(target, StringComparer.Ordinal) && !onRoot.Contains(e)).ToList();
            var addsWholePlans = judgeWholeTiersAlone && tiers.Count == 1
                && (wholeAlone.TryGetValue(tiers[0], out var whole) ? whole : wholeAlone[tiers[0]] = AddsOnlyWholePlans(tiers[0], rootPlans));
            if (!addsWholePlans)
            {
                merges.Add((target, [.. onRoot, .. tiers]));
            }
        }

        foreach (var (where, merged) in merges)
        {
            var levels = merged.GroupBy(e => e.TargetIds.Any(IsRoot)).OrderByDescending(g => g.Key)
                .Select(g => new PathTarget(g.Key ? "root" : where, [.. g.Select(e => new AttachedPolicy(e.Key, e.PolicyName, e.Document.Content))]))
                .ToList();
            foreach (var error in PlanCompleteness.Check(EffectivePolicyCalculator.Compute(levels)))
            {
                yield return $"policies merged at {where} ({string.Join(" + ", merged.Select(e => e.Key))}): {error}";
            }
        }
    }

    private static bool IsRoot(string target) => target == DesiredState.RootTarget || OrganizationIds.IsRootId(target);

    private static bool AddsOnlyWholePlans(DesiredState tier, HashSet<string> rootPlans)
    {
        var content = tier.Document.Content;
        return !content.Contains("@@remove", StringComparison.Ordinal)
            && JsonNode.Parse(content) is JsonObject document
            && document.Count == 1
            && document["plans"] is JsonObject plans
            && plans.Count > 0
            && plans.All(p => !rootPlans.Contains(p.Key) && p.Value is JsonObject)
            && PlanCompleteness.Check(document).Count == 0;
    }

    private static IEnumerable<string> PlanNames(string content) =>
        JsonNode.Parse(content)?["plans"] is JsonObject plans ? plans.Select(p => p.Key) : [];
}
