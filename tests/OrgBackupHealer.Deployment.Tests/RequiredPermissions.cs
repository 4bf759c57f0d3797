namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// The IAM actions an Organizations API operation needs. Each operation is authorized as the action of the same
/// name; CreatePolicy with Tags (the healer always tags the policy it creates) is also authorized as
/// organizations:TagResource on the new policy.
/// </summary>
internal static class RequiredPermissions
{
    private static readonly Dictionary<string, string[]> s_additionalActions = new(StringComparer.Ordinal)
    {
        ["CreatePolicy"] = ["organizations:TagResource"],
    };

    /// <summary>
    /// Organizations actions that have no organizations:PolicyType condition key (Service Authorization Reference):
    /// a statement conditioned on it would never match them, so they are scoped by resource ARN instead.
    /// </summary>
    public static IReadOnlySet<string> WithoutPolicyTypeKey { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "organizations:ListRoots",
        "organizations:ListTagsForResource",
        "organizations:DescribeOrganizationalUnit",
        "organizations:DescribeAccount",
        "organizations:ListParents",
        "organizations:ListOrganizationalUnitsForParent",
        "organizations:ListAccountsForParent",
        "organizations:ListAccountsWithInvalidEffectivePolicy",
        "organizations:ListEffectivePolicyValidationErrors",
    };

    public static IReadOnlySet<string> ForOperations(IEnumerable<string> operations) =>
        operations
            .SelectMany(operation => s_additionalActions.GetValueOrDefault(operation, []).Prepend(RoleStatements.OrganizationsPrefix + operation))
            .ToHashSet(StringComparer.Ordinal);
}
