namespace OrgBackupHealer.Core.Organizations;

/// <summary>
/// A port around another port: every call goes through <see cref="InvokeAsync"/> with its operation's name, so a
/// decorator (the retry policy, the CLI's slow-call reporter, a test's fault injector) says once what it does around
/// a call, instead of repeating it for each operation. Each operation stays virtual for decorators that change one.
/// </summary>
public abstract class OrganizationsPortDecorator(IOrganizationsPort inner) : IOrganizationsPort
{
    public virtual Task<IReadOnlyList<OrganizationRoot>> ListRootsAsync(CancellationToken cancellationToken) =>
        InvokeAsync(OrganizationsOperations.ListRoots, inner.ListRootsAsync, cancellationToken);

    public virtual Task<IReadOnlyList<PolicySummary>> ListBackupPoliciesAsync(CancellationToken cancellationToken) =>
        InvokeAsync(OrganizationsOperations.ListPolicies, inner.ListBackupPoliciesAsync, cancellationToken);

    public virtual Task<Policy> DescribePolicyAsync(string policyId, CancellationToken cancellationToken) =>
        InvokeAsync(OrganizationsOperations.DescribePolicy, ct => inner.DescribePolicyAsync(policyId, ct), cancellationToken);

    public virtual Task<IReadOnlyDictionary<string, string>> ListPolicyTagsAsync(string policyId, CancellationToken cancellationToken) =>
        InvokeAsync(OrganizationsOperations.ListTagsForResource, ct => inner.ListPolicyTagsAsync(policyId, ct), cancellationToken);

    public virtual Task<IReadOnlyList<PolicyTarget>> ListTargetsForPolicyAsync(string policyId, CancellationToken cancellationToken) =>
        InvokeAsync(OrganizationsOperations.ListTargetsForPolicy, ct => inner.ListTargetsForPolicyAsync(policyId, ct), cancellationToken);

    public virtual Task<bool> TargetExistsAsync(string targetId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targetId);
        var operation = targetId.StartsWith("ou-", StringComparison.Ordinal)
            ? OrganizationsOperations.DescribeOrganizationalUnit
            : OrganizationsOperations.DescribeAccount;
        return InvokeAsync(operation, ct => inner.TargetExistsAsync(targetId, ct), cancellationToken);
    }

    public virtual Task<IReadOnlyList<OrganizationNode>> ListOrganizationalUnitsForParentAsync(string parentId, CancellationToken cancellationToken) =>
        InvokeAsync(OrganizationsOperations.ListOrganizationalUnitsForParent, ct => inner.ListOrganizationalUnitsForParentAsync(parentId, ct), cancellationToken);

    public virtual Task<IReadOnlyList<OrganizationNode>> ListAccountsForParentAsync(string parentId, CancellationToken cancellationToken) =>
        InvokeAsync(OrganizationsOperations.ListAccountsForParent, ct => inner.ListAccountsForParentAsync(parentId, ct), cancellationToken);

    public virtual Task<IReadOnlyList<OrganizationNode>> ListParentsAsync(string childId, CancellationToken cancellationToken) =>
        InvokeAsync(OrganizationsOperations.ListParents, ct => inner.ListParentsAsync(childId, ct), cancellationToken);

    public virtual Task<IReadOnlyList<OrganizationNode>> ListAccountsWithInvalidEffectiveBackupPolicyAsync(CancellationToken cancellationToken) =>
        InvokeAsync(OrganizationsOperations.ListAccountsWithInvalidEffectivePolicy, inner.ListAccountsWithInvalidEffectiveBackupPolicyAsync, cancellationToken);

    public virtual Task<EffectivePolicyValidation> ListEffectiveBackupPolicyValidationErrorsAsync(string accountId, CancellationToken cancellationToken) =>
        InvokeAsync(OrganizationsOperations.ListEffectivePolicyValidationErrors, ct => inner.ListEffectiveBackupPolicyValidationErrorsAsync(accountId, ct), cancellationToken);

    public virtual Task<OrganizationRoot> EnableBackupPolicyTypeAsync(string rootId, CancellationToken cancellationToken) =>
        InvokeAsync(OrganizationsOperations.EnablePolicyType, ct => inner.EnableBackupPolicyTypeAsync(rootId, ct), cancellationToken);

    public virtual Task<PolicySummary> CreateBackupPolicyAsync(NewPolicy policy, CancellationToken cancellationToken) =>
        InvokeAsync(OrganizationsOperations.CreatePolicy, ct => inner.CreateBackupPolicyAsync(policy, ct), cancellationToken);

    public virtual Task<PolicySummary> UpdateManagedPolicyAsync(ManagedPolicyId policy, PolicyUpdate update, CancellationToken cancellationToken) =>
        InvokeAsync(OrganizationsOperations.UpdatePolicy, ct => inner.UpdateManagedPolicyAsync(policy, update, ct), cancellationToken);

    public virtual Task AttachManagedPolicyAsync(ManagedPolicyId policy, string targetId, CancellationToken cancellationToken) =>
        InvokeWithoutResultAsync(OrganizationsOperations.AttachPolicy, ct => inner.AttachManagedPolicyAsync(policy, targetId, ct), cancellationToken);

    public virtual Task TagManagedPolicyAsync(ManagedPolicyId policy, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken) =>
        InvokeWithoutResultAsync(OrganizationsOperations.TagResource, ct => inner.TagManagedPolicyAsync(policy, tags, ct), cancellationToken);

    /// <summary>An operation without output, through the same <see cref="InvokeAsync"/> as every other.</summary>
    private Task<object?> InvokeWithoutResultAsync(string operation, Func<CancellationToken, Task> send, CancellationToken cancellationToken) =>
        InvokeAsync<object?>(operation, async ct =>
        {
            await send(ct).ConfigureAwait(false);
            return null;
        }, cancellationToken);

    /// <summary>Runs one call of <paramref name="operation"/> (its service-model name); the default just runs it.</summary>
    protected virtual Task<T> InvokeAsync<T>(string operation, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        return send(cancellationToken);
    }
}
