using OrgBackupHealer.Core.Inheritance.Internal;
using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Inheritance;

/// <summary>
/// Finds the keys of a baseline's plans that a child policy could still override, so that <c>validate</c> can warn
/// about them: a baseline attached to the root only protects every account if child policies cannot weaken it.
/// </summary>
public static class PlanLockAnalysis
{
    /// <summary>A policy directly below the baseline's target: restrictions bind only the levels under the one declaring them.</summary>
    private const int ChildLevel = 1;

    /// <summary>
    /// Every key under each plan (the plan included) that a child could change, in document order, with the
    /// operators it could use; empty when the plans are locked. Adding plans of one's own is not reported: it cannot
    /// weaken the baseline's plans, and AWS's own example of a locked plan leaves it allowed.
    /// </summary>
    public static IReadOnlyList<OpenKey> FindKeysOpenToChildPolicies(PolicyDocument baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return FindKeysOpenToChildPolicies(baseline.Content);
    }

    /// <summary>The analysis of any policy content, valid backup policy or not, for generated documents in tests.</summary>
    internal static IReadOnlyList<OpenKey> FindKeysOpenToChildPolicies(string content)
    {
        var root = EffectivePolicyCalculator.Merge(PathTarget.Alone(content), []);
        var open = new List<OpenKey>();
        if (root.Children.TryGetValue("plans", out var plans))
        {
            var abovePlans = root.AllowedByOwnRestrictions() & plans.AllowedByOwnRestrictions();
            foreach (var plan in plans.Children.Values)
            {
                Collect(plan, abovePlans, open);
            }
        }

        return open;
    }

    private static void Collect(MergeNode node, ValueSettingOperators allowedAbove, List<OpenKey> open)
    {
        var allowed = allowedAbove & node.AllowedByOwnRestrictions();
        switch (node.Kind)
        {
            // A key that only carries a restriction so far can still receive a value or keys from a child.
            case MergeNodeKind.Setting or MergeNodeKind.Unset when allowed != ValueSettingOperators.None:
                open.Add(new OpenKey(node.Path, allowed));
                break;
            case MergeNodeKind.Container:
                // Replacing the whole container is open only if no key inside it is locked against @@assign.
                var assignable = allowed.HasFlag(ValueSettingOperators.Assign)
                    && !node.Descendants().Any(d => d.FindRestrictionExcluding(ValueSettingOperators.Assign, ChildLevel) is not null);
                var usable = (allowed & ValueSettingOperators.Append) | (assignable ? ValueSettingOperators.Assign : ValueSettingOperators.None);

                if (usable != ValueSettingOperators.None)
                {
                    open.Add(new OpenKey(node.Path, usable));
                }

                foreach (var child in node.Children.Values)
                {
                    Collect(child, allowed, open);
                }

                break;
        }
    }
}
