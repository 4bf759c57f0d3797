using System.Text.Json.Nodes;
using CsCheck;

namespace OrgBackupHealer.Core.Tests.Inheritance;

/// <summary>One value-setting operator on one key of <see cref="GeneratedPolicies.Leaves"/>.</summary>
internal sealed record GeneratedSetting(int Leaf, string Operator, string[] Values);

/// <summary>A child control operator on one key of <see cref="GeneratedPolicies.Nodes"/>.</summary>
internal sealed record GeneratedRestriction(int Node, string[] Allowed);

/// <summary>A generated policy: its settings, its restrictions, and whether it spells the plan keys in upper case.</summary>
internal sealed record GeneratedPolicy(GeneratedSetting[] Settings, GeneratedRestriction[] Restrictions, bool UpperCasePlans, int ReplacedNode)
{
    public string Content => GeneratedPolicies.Render(this);
}

/// <summary>
/// Backup-policy-shaped documents over a small vocabulary of plans, rules and keys, so that a child's keys often meet
/// the baseline's: two plans, two rules, two array settings (regions, tag values) and two single-valued ones.
/// </summary>
internal static class GeneratedPolicies
{
    public const string AllowedKey = "@@operators_allowed_for_child_policies";

    private static readonly string[] s_plans = ["p", "q"];
    private static readonly string[] s_rules = ["daily", "hourly"];
    private static readonly string[] s_arrayValues = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1"];
    private static readonly string[] s_singleValues = ["Default", "Vault", "35", "7"];

    private static readonly string[][] s_allowedLists =
        [["@@none"], ["@@all"], ["@@assign"], ["@@append"], ["@@remove"], ["@@append", "@@remove"], ["@@assign", "@@append"]];

    /// <summary>Every setting key, as its keys from the document root, and whether it holds an array.</summary>
    public static IReadOnlyList<(string[] Keys, bool IsArray)> Leaves { get; } =
    [
        .. s_plans.SelectMany(p => s_rules
            .SelectMany(r => new[]
            {
                (new[] { "plans", p, "rules", r, "target_backup_vault_name" }, false),
                (new[] { "plans", p, "rules", r, "lifecycle", "delete_after_days" }, false),
            })
            .Prepend((["plans", p, "selections", "tags", "t", "tag_value"], true))
            .Prepend((["plans", p, "regions"], true))),
    ];

    /// <summary>Every key a restriction can sit on: each setting and each collection above it.</summary>
    public static IReadOnlyList<string[]> Nodes { get; } =
        [.. Leaves.SelectMany(l => Enumerable.Range(1, l.Keys.Length).Select(n => l.Keys[..n])).DistinctBy(k => string.Join('/', k))];

    private static Gen<GeneratedRestriction> Restriction { get; } =
        Gen.Select(Gen.Int[0, Nodes.Count - 1], Gen.Int[0, s_allowedLists.Length - 1], (node, list) => new GeneratedRestriction(node, s_allowedLists[list]));

    /// <summary>A parent: @@assign or @@append on distinct settings, and restrictions anywhere.</summary>
    public static Gen<GeneratedPolicy> Baseline { get; } =
        from settings in Setting(["@@assign", "@@append"]).Array[1, 8]
        from restrictions in Restriction.Array[0, 10]
        select new GeneratedPolicy([.. settings.DistinctBy(s => s.Leaf)], restrictions, UpperCasePlans: false, ReplacedNode: -1);

    /// <summary>A child: any operator (@@append on single values too), sometimes its own restrictions, sometimes a whole collection replaced.</summary>
    public static Gen<GeneratedPolicy> Child { get; } =
        from settings in Setting(["@@assign", "@@append", "@@remove"]).Array[0, 6]
        from restrictions in Restriction.Array[0, 2]
        from upper in Gen.Bool
        from replaced in Gen.Int[-6, Nodes.Count - 1]
        select new GeneratedPolicy(settings, restrictions, upper, replaced);

    /// <summary>A child that only appends: no restrictions, no replaced collections.</summary>
    public static Gen<GeneratedPolicy> AppendingChild { get; } =
        Setting(["@@append"]).Array[0, 6].Select(settings => new GeneratedPolicy(settings, [], UpperCasePlans: false, ReplacedNode: -1));

    /// <summary>Targets below the baseline's root, each with up to two policies from <paramref name="policy"/>.</summary>
    public static Gen<GeneratedPolicy[][]> Levels(Gen<GeneratedPolicy> policy) => policy.Array[0, 2].Array[1, 3];

    private static Gen<GeneratedSetting> Setting(string[] operators) =>
        from leaf in Gen.Int[0, Leaves.Count - 1]
        from op in Gen.Int[0, operators.Length - 1]
        from picks in Gen.Bool.Array[s_arrayValues.Length]
        from single in Gen.Int[0, s_singleValues.Length - 1]
        select new GeneratedSetting(
            leaf,
            operators[op],
            Leaves[leaf].IsArray ? [.. s_arrayValues.Where((_, i) => picks[i]).DefaultIfEmpty(s_arrayValues[single])] : [s_singleValues[single]]);

    public static string Render(GeneratedPolicy policy)
    {
        var root = new JsonObject();
        foreach (var setting in policy.Settings)
        {
            var (keys, isArray) = Leaves[setting.Leaf];
            JsonNode operand = isArray || setting.Operator != "@@assign"
                ? new JsonArray([.. setting.Values.Select(v => (JsonNode)v)])
                : setting.Values[0];
            ObjectAt(root, keys, policy.UpperCasePlans)[setting.Operator] = operand;
        }

        foreach (var restriction in policy.Restrictions)
        {
            ObjectAt(root, Nodes[restriction.Node], policy.UpperCasePlans)[AllowedKey] = new JsonArray([.. restriction.Allowed.Select(a => (JsonNode)a)]);
        }

        if (policy.ReplacedNode >= 0)
        {
            var keys = Nodes[policy.ReplacedNode];
            var replaced = ObjectAt(root, keys, policy.UpperCasePlans);
            replaced.Clear();
            replaced["@@assign"] = new JsonObject { ["replaced"] = "by-child" };
        }

        return root.ToJsonString();
    }

    private static JsonObject ObjectAt(JsonObject root, string[] keys, bool upperCasePlans)
    {
        var current = root;
        for (var i = 0; i < keys.Length; i++)
        {
            var key = upperCasePlans && i == 1 ? keys[i].ToUpperInvariant() : keys[i];
            if (current[key] is not JsonObject next)
            {
                next = new JsonObject();
                current[key] = next;
            }

            current = next;
        }

        return current;
    }
}
