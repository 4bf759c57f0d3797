using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Inheritance.Internal;

/// <summary>
/// Merges one policy's document into the effective tree built from everything above it on the path, applying the
/// value-setting operators and honouring the child restrictions declared at higher levels.
/// </summary>
/// <remarks>
/// Rules, from https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_inheritance_mgmt.html:
/// <c>@@assign</c> overwrites (or adds) a setting of any type; <c>@@append</c> adds values to an inherited array (or
/// adds the setting); <c>@@remove</c> removes values from an inherited array if they exist; a restriction inherited
/// from a parent cannot be reversed by a child. Restrictions apply to the node they are declared on and everything
/// under it. Adding a key to an inherited collection is an <c>@@append</c> to that collection: that is how backup
/// policy Example 4 lets <c>"plans": ["@@append"]</c> admit a child's new plan while the inherited plan stays locked.
/// </remarks>
internal sealed class PolicyApplication(PolicyPlacement policy, int level, List<RefusedChange> refusals)
{
    private readonly List<MergeNode> _ancestors = [];

    public void ApplyTo(MergeNode root, JsonObject document) => MergeObject(root, document);

    private void MergeObject(MergeNode node, JsonObject content)
    {
        JsonNode? assign = null, append = null, remove = null;
        bool hasAssign = false, hasAppend = false, hasRemove = false;
        var childKeys = new List<KeyValuePair<string, JsonNode?>>();
        foreach (var (key, value) in content)
        {
            switch (key)
            {
                case OperatorSyntax.Assign: (assign, hasAssign) = (value, true); break;
                case OperatorSyntax.Append: (append, hasAppend) = (value, true); break;
                case OperatorSyntax.Remove: (remove, hasRemove) = (value, true); break;
                case OperatorSyntax.AllowedForChildPolicies: DeclareRestriction(node, value); break;
                default:
                    if (OperatorSyntax.IsOperator(key))
                    {
                        Refuse(KeyPath.Child(node.Path, key), ValueSettingOperators.None, RefusalReason.UnrecognizedSyntax);
                    }
                    else
                    {
                        childKeys.Add(new(key, value));
                    }

                    break;
            }
        }

        if (!(hasAssign || hasAppend || hasRemove))
        {
            foreach (var (key, value) in childKeys)
            {
                MergeChild(node, key, value);
            }

            return;
        }

        // A setting has a value, not keys; keys beside its operators have no meaning to merge into.
        foreach (var (key, _) in childKeys)
        {
            Refuse(KeyPath.Child(node.Path, key), ValueSettingOperators.None, RefusalReason.UnrecognizedSyntax);
        }

        if (hasAssign)
        {
            Assign(node, assign);
        }

        if (hasAppend)
        {
            Append(node, append);
        }

        if (hasRemove)
        {
            Remove(node, remove);
        }
    }

    private void MergeChild(MergeNode parent, string key, JsonNode? value)
    {
        var path = KeyPath.Child(parent.Path, key);
        if (parent.Kind == MergeNodeKind.Setting)
        {
            Refuse(path, ValueSettingOperators.None, RefusalReason.UnrecognizedSyntax);
            return;
        }

        if (!parent.Children.TryGetValue(key, out var child))
        {
            if (IsInherited(parent) && FindBlocker(parent, ValueSettingOperators.Append) is { } blocker)
            {
                Refuse(path, ValueSettingOperators.Append, RefusalReason.OperatorNotAllowedForChildPolicies, blocker);
                return;
            }

            child = parent.AddChild(key, level);
        }

        _ancestors.Add(parent);
        if (value is JsonObject content)
        {
            MergeObject(child, content);
        }
        else
        {
            // A bare value is how AWS renders a resolved setting; reading it as @@assign lets an effective policy be
            // merged again and come out unchanged.
            Assign(child, value);
        }

        _ancestors.RemoveAt(_ancestors.Count - 1);
    }

    private void DeclareRestriction(MergeNode node, JsonNode? list)
    {
        var path = KeyPath.Child(node.Path, OperatorSyntax.AllowedForChildPolicies);
        if (!OperatorSyntax.TryReadAllowed(list, out var allowed))
        {
            Refuse(path, ValueSettingOperators.None, RefusalReason.UnrecognizedSyntax);
            return;
        }

        // Declared at this level, it binds only the levels below: policies on the same target are siblings, and
        // sibling restrictions combine by intersection when the next level is checked (inheritance Example 5).
        node.DeclareRestriction(new ChildRestriction(node.Path, policy, allowed), level);
    }

    private void Assign(MergeNode node, JsonNode? value)
    {
        if (IsInherited(node))
        {
            var blocker = FindBlocker(node, ValueSettingOperators.Assign) ?? FindBlockerBelow(node, ValueSettingOperators.Assign);
            if (blocker is not null)
            {
                Refuse(node.Path, ValueSettingOperators.Assign, RefusalReason.OperatorNotAllowedForChildPolicies, blocker);
                return;
            }
        }

        if (node.SetAtLevel == level && node.Origin is { } earlier && earlier.SetBy != policy)
        {
            // Inheritance Example 6: on one target the policy attached first keeps its value.
            Refuse(node.Path, ValueSettingOperators.Assign, RefusalReason.EarlierPolicyAtSameTargetWins, earlierPolicy: earlier.SetBy);
            return;
        }

        node.SetValue(value?.DeepClone(), new SettingOrigin(node.Path, policy, ValueSettingOperators.Assign), level);
    }

    private void Append(MergeNode node, JsonNode? operand)
    {
        if (ReadArrayChange(node, operand, ValueSettingOperators.Append, out var inherited) is not { } values)
        {
            return;
        }

        var merged = inherited is null ? new JsonArray() : (JsonArray)inherited.DeepClone();
        foreach (var value in values)
        {
            // A region or tag value listed twice means no more than listed once, so an append never duplicates.
            if (!merged.Any(existing => JsonNode.DeepEquals(existing, value)))
            {
                merged.Add(value?.DeepClone());
            }
        }

        if (inherited is null || merged.Count != inherited.Count)
        {
            node.SetValue(merged, new SettingOrigin(node.Path, policy, ValueSettingOperators.Append), level);
        }
    }

    private void Remove(MergeNode node, JsonNode? operand)
    {
        if (ReadArrayChange(node, operand, ValueSettingOperators.Remove, out var inherited) is not { } values || inherited is null)
        {
            return;
        }

        var kept = new JsonArray([.. inherited.Where(v => !values.Any(r => JsonNode.DeepEquals(v, r))).Select(v => v?.DeepClone())]);
        if (kept.Count == inherited.Count)
        {
            return;
        }

        // Inheritance Example 3: once @@remove takes the last value, the setting is gone from the effective policy.
        node.SetValue(kept.Count == 0 ? null : kept, new SettingOrigin(node.Path, policy, ValueSettingOperators.Remove), level);
    }

    /// <summary>
    /// Checks what <c>@@append</c> and <c>@@remove</c> have in common: an array operand, an array (or nothing) to
    /// change, and a parent that allows the operator. Returns the operand's values, or null when the change is refused.
    /// </summary>
    private JsonArray? ReadArrayChange(MergeNode node, JsonNode? operand, ValueSettingOperators op, out JsonArray? inherited)
    {
        // Only SetValue gives a node a value, and it makes the node a setting.
        inherited = node.Value as JsonArray;
        var valueIsArrayOrAbsent = node.Kind switch
        {
            MergeNodeKind.Container => false,
            MergeNodeKind.Setting => node.Value is null or JsonArray,
            _ => true,
        };
        if (operand is not JsonArray values || !valueIsArrayOrAbsent)
        {
            Refuse(node.Path, op, RefusalReason.NotMultiValued);
            return null;
        }

        if (IsInherited(node) && FindBlocker(node, op) is { } blocker)
        {
            Refuse(node.Path, op, RefusalReason.OperatorNotAllowedForChildPolicies, blocker);
            return null;
        }

        return values;
    }

    /// <summary>
    /// A node created by a policy on this same target is this level's own content, not something inherited, so the
    /// restrictions of higher levels were already checked where it was attached.
    /// </summary>
    private bool IsInherited(MergeNode node) => node.CreatedAtLevel < level;

    /// <summary>The highest restriction on the node or any ancestor that excludes <paramref name="op"/>.</summary>
    private ChildRestriction? FindBlocker(MergeNode node, ValueSettingOperators op) =>
        _ancestors.Append(node).Select(n => n.FindRestrictionExcluding(op, level)).FirstOrDefault(r => r is not null);

    /// <summary>Replacing a whole container also changes every key in it, so a lock anywhere inside refuses it.</summary>
    private ChildRestriction? FindBlockerBelow(MergeNode node, ValueSettingOperators op) =>
        node.Descendants().Select(n => n.FindRestrictionExcluding(op, level)).FirstOrDefault(r => r is not null);

    private void Refuse(string path, ValueSettingOperators op, RefusalReason reason, ChildRestriction? blocker = null, PolicyPlacement? earlierPolicy = null) =>
        refusals.Add(new RefusedChange(path, policy, op, reason, blocker, earlierPolicy));
}
