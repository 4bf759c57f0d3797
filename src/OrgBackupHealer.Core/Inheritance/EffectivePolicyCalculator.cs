using System.Text.Json;
using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Inheritance.Internal;
using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Inheritance;

/// <summary>
/// Computes an account's effective backup policy from the policies on its path, offline and without calling AWS, so
/// that "attached to the root" can be checked against "in effect for every account" and every difference traced to
/// the policy that made it.
/// </summary>
/// <remarks>
/// Follows "Understanding management policy inheritance" and "Inheritance operators"
/// (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_inheritance_mgmt.html,
/// https://docs.aws.amazon.com/organizations/latest/userguide/policy-operators.html) and the backup policy examples
/// (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html#backup-policy-examples).
/// Levels are merged from the root down; on one target, policies are merged in attachment order.
/// </remarks>
internal static class EffectivePolicyCalculator
{
    /// <summary>
    /// Merges the path root first, account last. An empty path, or one without policies, gives an empty document.
    /// Throws <see cref="PolicyDocumentException"/> when a policy's content is not a JSON object.
    /// </summary>
    public static EffectivePolicy Compute(IReadOnlyList<PathTarget> pathFromRoot)
    {
        var refusals = new List<RefusedChange>();
        var root = Merge(pathFromRoot, refusals);
        return EffectiveTreeRenderer.Render(root, refusals);
    }

    /// <summary>The merged tree with its restrictions, for analyses that need more than the rendered document.</summary>
    internal static MergeNode Merge(IReadOnlyList<PathTarget> pathFromRoot, List<RefusedChange> refusals)
    {
        ArgumentNullException.ThrowIfNull(pathFromRoot);
        var root = MergeNode.CreateRoot();
        for (var level = 0; level < pathFromRoot.Count; level++)
        {
            var target = pathFromRoot[level];
            foreach (var attached in target.Policies)
            {
                var placement = new PolicyPlacement(attached.PolicyId, attached.PolicyName, target.TargetId);
                new PolicyApplication(placement, level, refusals).ApplyTo(root, Parse(attached));
            }
        }

        return root;
    }

    private static JsonObject Parse(AttachedPolicy attached)
    {
        try
        {
            if (JsonNode.Parse(attached.Content, documentOptions: BackupPolicyValidator.StrictJson) is JsonObject document)
            {
                return document;
            }
        }
        catch (JsonException ex)
        {
            throw new PolicyDocumentException([new("$", $"policy {attached.PolicyName} ({attached.PolicyId}) is not valid JSON ({ex.Message})")]);
        }

        throw new PolicyDocumentException([new("$", $"policy {attached.PolicyName} ({attached.PolicyId}) must be a JSON object")]);
    }
}
