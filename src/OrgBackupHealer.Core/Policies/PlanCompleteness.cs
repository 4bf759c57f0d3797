using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Inheritance;
using OrgBackupHealer.Core.Policies.Internal;

namespace OrgBackupHealer.Core.Policies;

/// <summary>
/// Question (b), "is the plan complete where it applies?", for any document: a standalone policy, or the merge of the
/// policies that reach a target (<see cref="EffectivePolicyCalculator"/>'s <see cref="EffectivePolicy.Document"/>, or
/// what DescribeEffectivePolicy returns). It reports what AWS reports as an invalid effective policy: each required
/// element the backup policy page lists that is missing (plans; a plan's rules, regions and selections; a tag
/// selection's iam_role_arn, tag_key and tag_value; ...), a scanner used by a rule but not configured by its plan, and
/// the value rules that span settings (90 days in cold storage, 35 days of continuous backup, 30 conditions per
/// selection), since a merge can pair values from different policies that break them.
/// </summary>
/// <remarks>
/// A setting counts as present when it sets a value: bare, as in an effective policy, or through <c>@@assign</c> or
/// <c>@@append</c>, as in a policy that stands alone; so both are judged alike. Keys and values are not judged: that
/// is question (a), <see cref="BackupPolicyValidator.Check(string, PolicyScope)"/>, asked of each policy before it is
/// merged.
/// </remarks>
public static class PlanCompleteness
{
    public static IReadOnlyList<PolicyValidationError> Check(JsonObject policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return [.. MissingElements(policy), .. ValueConsistency.Check(policy)];
    }

    internal static IReadOnlyList<PolicyValidationError> Check(EffectivePolicy effective)
    {
        ArgumentNullException.ThrowIfNull(effective);
        return Check(effective.Document);
    }

    /// <summary>The text of a policy or effective policy; throws <see cref="PolicyDocumentException"/> when it is not a JSON object.</summary>
    public static IReadOnlyList<PolicyValidationError> Check(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (JsonSyntaxProblem.Find(content) is { } syntax)
        {
            throw new PolicyDocumentException([new("$", $"not valid JSON: {syntax}")]);
        }

        return JsonNode.Parse(content, documentOptions: BackupPolicyValidator.StrictJson) is JsonObject policy
            ? Check(policy)
            : throw new PolicyDocumentException([new("$", "must be a JSON object")]);
    }

    /// <summary>The required elements alone.</summary>
    internal static IReadOnlyList<PolicyValidationError> MissingElements(JsonObject policy)
    {
        var errors = new List<PolicyValidationError>();
        new CompletenessChecker(errors).Check(policy, BackupPolicyGrammar.Document, "$");
        errors.AddRange(ScanSettingsCheck.Check(policy));
        return errors;
    }
}
