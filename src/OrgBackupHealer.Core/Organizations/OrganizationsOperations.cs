namespace OrgBackupHealer.Core.Organizations;

/// <summary>
/// The Organizations operations the healer may call, by their service-model names (the X-Amz-Target suffix, the IAM
/// action and the CloudTrail eventName all use them). The client's wire table, the simulation's call accounting and
/// the role's permissions are each checked against <see cref="All"/>.
/// </summary>
public static class OrganizationsOperations
{
    public const string ListRoots = "ListRoots";
    public const string ListPolicies = "ListPolicies";
    public const string DescribePolicy = "DescribePolicy";
    public const string CreatePolicy = "CreatePolicy";
    public const string UpdatePolicy = "UpdatePolicy";
    public const string ListTargetsForPolicy = "ListTargetsForPolicy";
    public const string AttachPolicy = "AttachPolicy";
    public const string EnablePolicyType = "EnablePolicyType";
    public const string TagResource = "TagResource";
    public const string ListTagsForResource = "ListTagsForResource";
    public const string DescribeOrganizationalUnit = "DescribeOrganizationalUnit";
    public const string DescribeAccount = "DescribeAccount";
    public const string ListOrganizationalUnitsForParent = "ListOrganizationalUnitsForParent";
    public const string ListAccountsForParent = "ListAccountsForParent";
    public const string ListParents = "ListParents";
    public const string ListAccountsWithInvalidEffectivePolicy = "ListAccountsWithInvalidEffectivePolicy";
    public const string ListEffectivePolicyValidationErrors = "ListEffectivePolicyValidationErrors";

    public static IReadOnlyList<string> All { get; } =
    [
        ListRoots, ListPolicies, DescribePolicy, ListTagsForResource, ListTargetsForPolicy, DescribeOrganizationalUnit, DescribeAccount,
        ListOrganizationalUnitsForParent, ListAccountsForParent, ListParents, ListAccountsWithInvalidEffectivePolicy, ListEffectivePolicyValidationErrors,
        CreatePolicy, UpdatePolicy, AttachPolicy, EnablePolicyType, TagResource,
    ];

    /// <summary>The operations that change the organization; every other one only reads.</summary>
    public static IReadOnlyList<string> Writes { get; } = [CreatePolicy, UpdatePolicy, AttachPolicy, EnablePolicyType, TagResource];

    public static bool IsWrite(string operation) => Writes.Contains(operation, StringComparer.Ordinal);
}
