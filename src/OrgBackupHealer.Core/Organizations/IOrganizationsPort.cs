namespace OrgBackupHealer.Core.Organizations;

/// <summary>
/// The only Organizations operations the healer may call. The port is deliberately narrow and typed to
/// BACKUP_POLICY so that nothing built on it can detach, delete or edit another policy type.
/// Implementations throw <see cref="OrganizationsException"/> with the service's error code.
/// </summary>
public interface IOrganizationsPort
{
    /// <summary>ListRoots, following NextToken to the end.</summary>
    Task<IReadOnlyList<OrganizationRoot>> ListRootsAsync(CancellationToken cancellationToken);

    /// <summary>ListPolicies with Filter=BACKUP_POLICY, following NextToken to the end.</summary>
    Task<IReadOnlyList<PolicySummary>> ListBackupPoliciesAsync(CancellationToken cancellationToken);

    Task<Policy> DescribePolicyAsync(string policyId, CancellationToken cancellationToken);

    /// <summary>CreatePolicy with Type=BACKUP_POLICY.</summary>
    Task<PolicySummary> CreateBackupPolicyAsync(NewPolicy policy, CancellationToken cancellationToken);

    /// <summary>UpdatePolicy changing only the content.</summary>
    Task<PolicySummary> UpdatePolicyContentAsync(string policyId, string content, CancellationToken cancellationToken);

    /// <summary>ListTargetsForPolicy, following NextToken to the end.</summary>
    Task<IReadOnlyList<PolicyTarget>> ListTargetsForPolicyAsync(string policyId, CancellationToken cancellationToken);

    Task AttachPolicyAsync(string policyId, string targetId, CancellationToken cancellationToken);

    /// <summary>EnablePolicyType with PolicyType=BACKUP_POLICY; returns the root as the service reports it.</summary>
    Task<OrganizationRoot> EnableBackupPolicyTypeAsync(string rootId, CancellationToken cancellationToken);
}
