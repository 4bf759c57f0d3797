namespace OrgBackupHealer.Core.Organizations;

/// <summary>
/// The only Organizations operations the healer may call. Where the "touches only its own BACKUP_POLICY"
/// guarantee comes from, write by write:
/// - there is no detach, delete or disable here at all;
/// - EnablePolicyType and CreatePolicy are typed to BACKUP_POLICY by the method, not by an argument;
/// - UpdatePolicy, AttachPolicy and TagResource take a <see cref="ManagedPolicyId"/>, which only Core's observation
///   of the managed policy (or its own CreatePolicy) can produce.
/// The deployed role adds a second fence: its writes are conditioned on organizations:PolicyType and on this
/// deployment's owner tag (aws:ResourceTag on the policy, aws:RequestTag on CreatePolicy and TagResource).
/// Implementations throw <see cref="OrganizationsException"/> with the service's error code.
/// </summary>
public interface IOrganizationsPort
{
    /// <summary>ListRoots, following NextToken to the end.</summary>
    Task<IReadOnlyList<OrganizationRoot>> ListRootsAsync(CancellationToken cancellationToken);

    /// <summary>ListPolicies with Filter=BACKUP_POLICY, following NextToken to the end.</summary>
    Task<IReadOnlyList<PolicySummary>> ListBackupPoliciesAsync(CancellationToken cancellationToken);

    Task<Policy> DescribePolicyAsync(string policyId, CancellationToken cancellationToken);

    /// <summary>ListTagsForResource of a policy, following NextToken to the end.</summary>
    Task<IReadOnlyDictionary<string, string>> ListPolicyTagsAsync(string policyId, CancellationToken cancellationToken);

    /// <summary>ListTargetsForPolicy, following NextToken to the end.</summary>
    Task<IReadOnlyList<PolicyTarget>> ListTargetsForPolicyAsync(string policyId, CancellationToken cancellationToken);

    /// <summary>
    /// Whether an OU (DescribeOrganizationalUnit) or an account (DescribeAccount) is in the organization. Only ou-
    /// and 12-digit ids: the root is known from ListRoots.
    /// </summary>
    Task<bool> TargetExistsAsync(string targetId, CancellationToken cancellationToken);

    /// <summary>ListOrganizationalUnitsForParent, following NextToken to the end.</summary>
    Task<IReadOnlyList<OrganizationNode>> ListOrganizationalUnitsForParentAsync(string parentId, CancellationToken cancellationToken);

    /// <summary>ListAccountsForParent, following NextToken to the end.</summary>
    Task<IReadOnlyList<OrganizationNode>> ListAccountsForParentAsync(string parentId, CancellationToken cancellationToken);

    /// <summary>
    /// ListParents of an account or OU, following NextToken to the end: the root or OU directly above it (Organizations
    /// gives a child one parent). The nodes carry no name; ChildNotFoundException when the child is not in the organization.
    /// </summary>
    Task<IReadOnlyList<OrganizationNode>> ListParentsAsync(string childId, CancellationToken cancellationToken);

    /// <summary>ListAccountsWithInvalidEffectivePolicy with PolicyType=BACKUP_POLICY, following NextToken to the end.</summary>
    Task<IReadOnlyList<OrganizationNode>> ListAccountsWithInvalidEffectiveBackupPolicyAsync(CancellationToken cancellationToken);

    /// <summary>ListEffectivePolicyValidationErrors with PolicyType=BACKUP_POLICY for one account, following NextToken to the end.</summary>
    Task<EffectivePolicyValidation> ListEffectiveBackupPolicyValidationErrorsAsync(string accountId, CancellationToken cancellationToken);

    /// <summary>EnablePolicyType with PolicyType=BACKUP_POLICY; returns the root as the service reports it.</summary>
    Task<OrganizationRoot> EnableBackupPolicyTypeAsync(string rootId, CancellationToken cancellationToken);

    /// <summary>CreatePolicy with Type=BACKUP_POLICY.</summary>
    Task<PolicySummary> CreateBackupPolicyAsync(NewPolicy policy, CancellationToken cancellationToken);

    /// <summary>UpdatePolicy of the managed policy, sending only the members <paramref name="update"/> sets.</summary>
    Task<PolicySummary> UpdateManagedPolicyAsync(ManagedPolicyId policy, PolicyUpdate update, CancellationToken cancellationToken);

    Task AttachManagedPolicyAsync(ManagedPolicyId policy, string targetId, CancellationToken cancellationToken);

    /// <summary>TagResource of the managed policy: adds or overwrites <paramref name="tags"/>, leaves its other tags alone.</summary>
    Task TagManagedPolicyAsync(ManagedPolicyId policy, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken);
}
