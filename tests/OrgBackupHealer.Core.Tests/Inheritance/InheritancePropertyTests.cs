using System.Text.Json.Nodes;
using CsCheck;
using OrgBackupHealer.Core.Inheritance;
using OrgBackupHealer.Core.Inheritance.Internal;
using static OrgBackupHealer.Core.Tests.Inheritance.PolicyPaths;

namespace OrgBackupHealer.Core.Tests.Inheritance;

/// <summary>
/// Invariants of the merge over generated baselines and generated child policies (see <see cref="GeneratedPolicies"/>):
/// what a lock promises, what a baseline alone means, and what any effective policy must look like.
/// </summary>
public sealed class InheritancePropertyTests
{
    private const int Iterations = 400;

    [Fact]
    public void AChildPolicyNeverChangesASettingTheBaselineLocked() =>
        Gen.Select(GeneratedPolicies.Baseline, GeneratedPolicies.Levels(GeneratedPolicies.Child)).Sample((baseline, levels) =>
        {
            var open = OpenKeys(baseline);
            var alone = Compute(BaselineOnly(baseline)).Document;

            var effective = Compute(PathOf(baseline, levels)).Document;

            foreach (var (keys, _) in GeneratedPolicies.Leaves)
            {
                var path = PathTo(keys);
                var baselineValue = Find(alone, keys);
                if (baselineValue is not null && !open.ContainsKey(path))
                {
                    var actual = Find(effective, keys);
                    Assert.True(JsonNode.DeepEquals(baselineValue, actual), $"{path} is locked at {baselineValue.ToJsonString()} but is {actual?.ToJsonString() ?? "gone"}");
                }
            }
        }, iter: Iterations);

    [Fact]
    public void AChildNeverAddsAKeyToACollectionTheBaselineClosed() =>
        Gen.Select(GeneratedPolicies.Baseline, GeneratedPolicies.Levels(GeneratedPolicies.Child)).Sample((baseline, levels) =>
        {
            var open = OpenKeys(baseline);
            var written = JsonNode.Parse(baseline.Content);
            var leaves = GeneratedPolicies.Leaves.Select(l => PathTo(l.Keys)).ToHashSet(StringComparer.Ordinal);

            var effective = Compute(PathOf(baseline, levels)).Document;

            foreach (var keys in GeneratedPolicies.Nodes.Where(k => k.Length > 1 && !leaves.Contains(PathTo(k))))
            {
                if (Find(written, keys) is JsonObject baselineKeys && !open.ContainsKey(PathTo(keys)))
                {
                    var added = (Find(effective, keys) as JsonObject ?? []).Select(p => p.Key)
                        .Where(k => !baselineKeys.Any(b => string.Equals(b.Key, k, StringComparison.OrdinalIgnoreCase)));
                    Assert.Empty(added);
                }
            }
        }, iter: Iterations);

    [Fact]
    public void AnAppendOnlyLockNeverLosesABaselineValue() =>
        Gen.Select(GeneratedPolicies.Baseline, GeneratedPolicies.Levels(GeneratedPolicies.Child)).Sample((baseline, levels) =>
        {
            var open = OpenKeys(baseline);
            var alone = Compute(BaselineOnly(baseline)).Document;

            var effective = Compute(PathOf(baseline, levels)).Document;

            foreach (var (keys, isArray) in GeneratedPolicies.Leaves.Where(l => l.IsArray))
            {
                if (Find(alone, keys) is JsonArray baselineValues && open.GetValueOrDefault(PathTo(keys)) == ValueSettingOperators.Append)
                {
                    var actual = Find(effective, keys) as JsonArray ?? [];
                    Assert.All(baselineValues, v => Assert.Contains(actual, a => JsonNode.DeepEquals(a, v)));
                }
            }
        }, iter: Iterations);

    [Fact]
    public void OperatorsTheLockAnalysisCallsOpenAreNeverRefusedByARestriction() =>
        Gen.Select(GeneratedPolicies.Baseline, Gen.Int[0, 1_000_000].Array[1, 6], Gen.Int[1, 3]).Sample((baseline, picks, depth) =>
        {
            var child = Policy("Child", ChildUsingOnlyOpenOperators(baseline, picks));
            PathTarget[] path = [Target("r-root", Policy("Baseline", baseline.Content)), .. Enumerable.Range(1, depth - 1).Select(i => Target($"ou-{i}")), Target("account", child)];

            var effective = Compute(path);

            Assert.DoesNotContain(effective.Refusals, r => r.Reason == RefusalReason.OperatorNotAllowedForChildPolicies);
        }, iter: Iterations);

    [Fact]
    public void TheBaselineAloneIsTheBaselineWithItsOperatorsResolved() =>
        GeneratedPolicies.Baseline.Sample(baseline =>
        {
            var expected = ResolveIndependently(JsonNode.Parse(baseline.Content)!) ?? new JsonObject();

            var effective = Compute(BaselineOnly(baseline));

            AssertJsonEqual(expected.ToJsonString(), effective.Document);
            Assert.Empty(effective.Refusals);
            Assert.True(BaselineCoverage.Compare(baseline.Content, effective).IsIntact);
        }, iter: Iterations);

    [Fact]
    public void AnEffectivePolicyMergedAgainComesOutUnchanged() =>
        Gen.Select(GeneratedPolicies.Baseline, GeneratedPolicies.Levels(GeneratedPolicies.Child)).Sample((baseline, levels) =>
        {
            var effective = Compute(PathOf(baseline, levels)).Document;

            var again = Compute(Target("r-root", Policy("Effective", effective.ToJsonString())));

            AssertJsonEqual(effective.ToJsonString(), again.Document);
        }, iter: Iterations);

    [Fact]
    public void EveryEffectiveValueIsOperatorFreeAndTracedToAPolicy() =>
        Gen.Select(GeneratedPolicies.Baseline, GeneratedPolicies.Levels(GeneratedPolicies.Child)).Sample((baseline, levels) =>
        {
            var effective = Compute(PathOf(baseline, levels));

            foreach (var (path, ancestors) in Values(effective.Document, KeyPath.Root, []))
            {
                Assert.DoesNotContain("@@", path, StringComparison.Ordinal);
                Assert.True(ancestors.Append(path).Any(p => effective.FindOrigin(p) is not null), $"{path} has no origin");
            }
        }, iter: Iterations);

    [Fact]
    public void TargetsWithoutPoliciesChangeNothing() =>
        Gen.Select(GeneratedPolicies.Baseline, GeneratedPolicies.Levels(GeneratedPolicies.Child), Gen.Int[0, 3]).Sample((baseline, levels, position) =>
        {
            var path = PathOf(baseline, levels);
            var padded = path.ToList();
            padded.Insert(Math.Min(position + 1, padded.Count), Target("ou-empty"));

            var withEmpty = EffectivePolicyCalculator.Compute(padded);

            var without = Compute(path);
            AssertJsonEqual(without.Document.ToJsonString(), withEmpty.Document);
            Assert.Equal(without.Origins.Select(o => (o.Path, o.SetBy.PolicyId, o.Operator)), withEmpty.Origins.Select(o => (o.Path, o.SetBy.PolicyId, o.Operator)));
        }, iter: Iterations);

    [Fact]
    public void ChildrenThatOnlyAppendNeverNarrowOrRemoveABaselineSetting() =>
        Gen.Select(GeneratedPolicies.Baseline, GeneratedPolicies.Levels(GeneratedPolicies.AppendingChild)).Sample((baseline, levels) =>
        {
            var report = BaselineCoverage.Compare(baseline.Content, Compute(PathOf(baseline, levels)));

            Assert.DoesNotContain(report.Deviations, d => d.Kind is DeviationKind.Changed or DeviationKind.Removed);
        }, iter: Iterations);

    private static Dictionary<string, ValueSettingOperators> OpenKeys(GeneratedPolicy baseline) =>
        PlanLockAnalysis.FindKeysOpenToChildPolicies(baseline.Content).ToDictionary(k => k.Path, k => k.ChildOperators, StringComparer.OrdinalIgnoreCase);

    private static PathTarget[] BaselineOnly(GeneratedPolicy baseline) => [Target("r-root", Policy("Baseline", baseline.Content))];

    private static PathTarget[] PathOf(GeneratedPolicy baseline, GeneratedPolicy[][] levels) =>
    [
        .. BaselineOnly(baseline),
        .. levels.Select((policies, level) => Target($"ou-{level}", [.. policies.Select((p, i) => Policy($"Child{level}{i}", p.Content))])),
    ];

    private static string PathTo(string[] keys) => keys.Aggregate(KeyPath.Root, KeyPath.Child);

    private static JsonNode? Find(JsonNode? node, string[] keys)
    {
        foreach (var key in keys)
        {
            node = (node as JsonObject)?.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
        }

        return node;
    }

    /// <summary>A child that uses, on settings the baseline has, only operators the lock analysis reports as open there.</summary>
    private static string ChildUsingOnlyOpenOperators(GeneratedPolicy baseline, int[] picks)
    {
        var open = OpenKeys(baseline);
        var alone = Compute(BaselineOnly(baseline)).Document;
        var candidates = GeneratedPolicies.Leaves
            .Where(l => Find(alone, l.Keys) is not null && open.ContainsKey(PathTo(l.Keys)))
            .ToList();
        var child = new JsonObject();
        foreach (var pick in picks.Where(_ => candidates.Count > 0))
        {
            var (keys, isArray) = candidates[pick % candidates.Count];
            ValueSettingOperators[] usable = [.. new[] { ValueSettingOperators.Assign, ValueSettingOperators.Append, ValueSettingOperators.Remove }
                .Where(op => open[PathTo(keys)].HasFlag(op) && (isArray || op == ValueSettingOperators.Assign))];
            if (usable.Length == 0)
            {
                continue;
            }

            var op = usable[pick / candidates.Count % usable.Length];
            var setting = keys.Aggregate(child, (parent, key) => parent[key] as JsonObject ?? (JsonObject)(parent[key] = new JsonObject()));
            setting["@@" + op.ToString().ToLowerInvariant()] = isArray ? new JsonArray("eu-west-1") : "Other";
        }

        return child.ToJsonString();
    }

    /// <summary>
    /// The meaning of a lone policy written without the merge code: a setting is its @@assign or @@append operand, a
    /// collection its keys, restrictions are dropped, and a collection left empty is no key at all.
    /// </summary>
    private static JsonNode? ResolveIndependently(JsonNode node)
    {
        if (node is not JsonObject keys)
        {
            return node.DeepClone();
        }

        if (keys.TryGetPropertyValue("@@assign", out var assigned) || keys.TryGetPropertyValue("@@append", out assigned))
        {
            return assigned?.DeepClone();
        }

        var resolved = new JsonObject();
        foreach (var (key, value) in keys.Where(p => !p.Key.StartsWith("@@", StringComparison.Ordinal)))
        {
            if (value is not null && ResolveIndependently(value) is { } child && child is not JsonObject { Count: 0 })
            {
                resolved[key] = child;
            }
        }

        return resolved.Count == 0 ? null : resolved;
    }

    private static IEnumerable<(string Path, string[] Ancestors)> Values(JsonObject container, string path, string[] ancestors)
    {
        foreach (var (key, value) in container)
        {
            var childPath = KeyPath.Child(path, key);
            if (value is JsonObject nested)
            {
                foreach (var inner in Values(nested, childPath, [.. ancestors, childPath]))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return (childPath, ancestors);
            }
        }
    }
}
