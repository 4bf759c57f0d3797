using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>
/// Passes everything through to the organization, except that every AttachPolicy to one target fails with a
/// permanent error, as a deleted OU, an account that left or a full attachment quota answer.
/// </summary>
public sealed class UnreachableTargetPort(IOrganizationsPort inner, string unreachableTargetId, OrganizationsException error) : IOrganizationsPort
{
    public int Refusals { get; private set; }

    public Task<IReadOnlyList<OrganizationRoot>> ListRootsAsync(CancellationToken cancellationToken) => inner.ListRootsAsync(cancellationToken);

    public Task<IReadOnlyList<PolicySummary>> ListBackupPoliciesAsync(CancellationToken cancellationToken) => inner.ListBackupPoliciesAsync(cancellationToken);

    public Task<Policy> DescribePolicyAsync(string policyId, CancellationToken cancellationToken) => inner.DescribePolicyAsync(policyId, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> ListPolicyTagsAsync(string policyId, CancellationToken cancellationToken) =>
        inner.ListPolicyTagsAsync(policyId, cancellationToken);

    public Task<IReadOnlyList<PolicyTarget>> ListTargetsForPolicyAsync(string policyId, CancellationToken cancellationToken) =>
        inner.ListTargetsForPolicyAsync(policyId, cancellationToken);

    public Task<bool> TargetExistsAsync(string targetId, CancellationToken cancellationToken) => inner.TargetExistsAsync(targetId, cancellationToken);

    public Task<OrganizationRoot> EnableBackupPolicyTypeAsync(string rootId, CancellationToken cancellationToken) =>
        inner.EnableBackupPolicyTypeAsync(rootId, cancellationToken);

    public Task<PolicySummary> CreateBackupPolicyAsync(NewPolicy policy, CancellationToken cancellationToken) =>
        inner.CreateBackupPolicyAsync(policy, cancellationToken);

    public Task<PolicySummary> UpdateManagedPolicyAsync(ManagedPolicyId policy, PolicyUpdate update, CancellationToken cancellationToken) =>
        inner.UpdateManagedPolicyAsync(policy, update, cancellationToken);

    public Task AttachManagedPolicyAsync(ManagedPolicyId policy, string targetId, CancellationToken cancellationToken)
    {
        if (targetId != unreachableTargetId)
        {
            return inner.AttachManagedPolicyAsync(policy, targetId, cancellationToken);
        }

        Refusals++;
        return Task.FromException(error);
    }
}
