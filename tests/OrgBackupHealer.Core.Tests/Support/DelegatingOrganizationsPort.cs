using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Tests.Support;

/// <summary>Passes every call to the organization; test decorators override only the calls they interfere with.</summary>
public abstract class DelegatingOrganizationsPort(IOrganizationsPort inner) : IOrganizationsPort
{
    public virtual Task<IReadOnlyList<OrganizationRoot>> ListRootsAsync(CancellationToken cancellationToken) => inner.ListRootsAsync(cancellationToken);

    public virtual Task<IReadOnlyList<PolicySummary>> ListBackupPoliciesAsync(CancellationToken cancellationToken) => inner.ListBackupPoliciesAsync(cancellationToken);

    public virtual Task<Policy> DescribePolicyAsync(string policyId, CancellationToken cancellationToken) => inner.DescribePolicyAsync(policyId, cancellationToken);

    public virtual Task<IReadOnlyDictionary<string, string>> ListPolicyTagsAsync(string policyId, CancellationToken cancellationToken) =>
        inner.ListPolicyTagsAsync(policyId, cancellationToken);

    public virtual Task<IReadOnlyList<PolicyTarget>> ListTargetsForPolicyAsync(string policyId, CancellationToken cancellationToken) =>
        inner.ListTargetsForPolicyAsync(policyId, cancellationToken);

    public virtual Task<bool> TargetExistsAsync(string targetId, CancellationToken cancellationToken) => inner.TargetExistsAsync(targetId, cancellationToken);

    public virtual Task<IReadOnlyList<OrganizationNode>> ListOrganizationalUnitsForParentAsync(string parentId, CancellationToken cancellationToken) =>
        inner.ListOrganizationalUnitsForParentAsync(parentId, cancellationToken);

    public virtual Task<IReadOnlyList<OrganizationNode>> ListAccountsForParentAsync(string parentId, CancellationToken cancellationToken) =>
        inner.ListAccountsForParentAsync(parentId, cancellationToken);

    public virtual Task<IReadOnlyList<OrganizationNode>> ListAccountsWithInvalidEffectiveBackupPolicyAsync(CancellationToken cancellationToken) =>
        inner.ListAccountsWithInvalidEffectiveBackupPolicyAsync(cancellationToken);

    public virtual Task<EffectivePolicyValidation> ListEffectiveBackupPolicyValidationErrorsAsync(string accountId, CancellationToken cancellationToken) =>
        inner.ListEffectiveBackupPolicyValidationErrorsAsync(accountId, cancellationToken);

    public virtual Task<OrganizationRoot> EnableBackupPolicyTypeAsync(string rootId, CancellationToken cancellationToken) =>
        inner.EnableBackupPolicyTypeAsync(rootId, cancellationToken);

    public virtual Task<PolicySummary> CreateBackupPolicyAsync(NewPolicy policy, CancellationToken cancellationToken) =>
        inner.CreateBackupPolicyAsync(policy, cancellationToken);

    public virtual Task<PolicySummary> UpdateManagedPolicyAsync(ManagedPolicyId policy, PolicyUpdate update, CancellationToken cancellationToken) =>
        inner.UpdateManagedPolicyAsync(policy, update, cancellationToken);

    public virtual Task AttachManagedPolicyAsync(ManagedPolicyId policy, string targetId, CancellationToken cancellationToken) =>
        inner.AttachManagedPolicyAsync(policy, targetId, cancellationToken);
}
