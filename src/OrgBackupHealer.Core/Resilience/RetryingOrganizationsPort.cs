using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Resilience;

/// <summary>
/// The healer's one retry policy, around any port: retryable Organizations errors (throttling in all its codes,
/// concurrent modification, changes in progress, timeouts, 5xx) are retried with jittered exponential backoff
/// within the caller's cancellation (the Lambda deadline); everything else surfaces at once. Both hosts wrap the
/// port they use in it, so the tests of this class exercise the retries that ship.
/// </summary>
public sealed class RetryingOrganizationsPort(
    IOrganizationsPort inner, TimeProvider time, RetryOptions options, Random random, Action<RetryNotice>? onRetry = null) : IOrganizationsPort
{
    public Task<IReadOnlyList<OrganizationRoot>> ListRootsAsync(CancellationToken cancellationToken) =>
        RunAsync(OrganizationsOperations.ListRoots, inner.ListRootsAsync, cancellationToken);

    public Task<IReadOnlyList<PolicySummary>> ListBackupPoliciesAsync(CancellationToken cancellationToken) =>
        RunAsync(OrganizationsOperations.ListPolicies, inner.ListBackupPoliciesAsync, cancellationToken);

    public Task<Policy> DescribePolicyAsync(string policyId, CancellationToken cancellationToken) =>
        RunAsync(OrganizationsOperations.DescribePolicy, ct => inner.DescribePolicyAsync(policyId, ct), cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> ListPolicyTagsAsync(string policyId, CancellationToken cancellationToken) =>
        RunAsync(OrganizationsOperations.ListTagsForResource, ct => inner.ListPolicyTagsAsync(policyId, ct), cancellationToken);

    public Task<IReadOnlyList<PolicyTarget>> ListTargetsForPolicyAsync(string policyId, CancellationToken cancellationToken) =>
        RunAsync(OrganizationsOperations.ListTargetsForPolicy, ct => inner.ListTargetsForPolicyAsync(policyId, ct), cancellationToken);

    public Task<bool> TargetExistsAsync(string targetId, CancellationToken cancellationToken) =>
        RunAsync(TargetOperation(targetId), ct => inner.TargetExistsAsync(targetId, ct), cancellationToken);

    public Task<IReadOnlyList<OrganizationNode>> ListOrganizationalUnitsForParentAsync(string parentId, CancellationToken cancellationToken) =>
        RunAsync(OrganizationsOperations.ListOrganizationalUnitsForParent, ct => inner.ListOrganizationalUnitsForParentAsync(parentId, ct), cancellationToken);

    public Task<IReadOnlyList<OrganizationNode>> ListAccountsForParentAsync(string parentId, CancellationToken cancellationToken) =>
        RunAsync(OrganizationsOperations.ListAccountsForParent, ct => inner.ListAccountsForParentAsync(parentId, ct), cancellationToken);

    public Task<IReadOnlyList<OrganizationNode>> ListAccountsWithInvalidEffectiveBackupPolicyAsync(CancellationToken cancellationToken) =>
        RunAsync(OrganizationsOperations.ListAccountsWithInvalidEffectivePolicy, inner.ListAccountsWithInvalidEffectiveBackupPolicyAsync, cancellationToken);

    public Task<EffectivePolicyValidation> ListEffectiveBackupPolicyValidationErrorsAsync(string accountId, CancellationToken cancellationToken) =>
        RunAsync(OrganizationsOperations.ListEffectivePolicyValidationErrors, ct => inner.ListEffectiveBackupPolicyValidationErrorsAsync(accountId, ct), cancellationToken);

    public Task<OrganizationRoot> EnableBackupPolicyTypeAsync(string rootId, CancellationToken cancellationToken) =>
        RunAsync(OrganizationsOperations.EnablePolicyType, ct => inner.EnableBackupPolicyTypeAsync(rootId, ct), cancellationToken);

    public Task<PolicySummary> CreateBackupPolicyAsync(NewPolicy policy, CancellationToken cancellationToken) =>
        RunAsync(OrganizationsOperations.CreatePolicy, ct => inner.CreateBackupPolicyAsync(policy, ct), cancellationToken);

    public Task<PolicySummary> UpdateManagedPolicyAsync(ManagedPolicyId policy, PolicyUpdate update, CancellationToken cancellationToken) =>
        RunAsync(OrganizationsOperations.UpdatePolicy, ct => inner.UpdateManagedPolicyAsync(policy, update, ct), cancellationToken);

    public Task AttachManagedPolicyAsync(ManagedPolicyId policy, string targetId, CancellationToken cancellationToken) =>
        RunAsync(OrganizationsOperations.AttachPolicy, async ct =>
        {
            await inner.AttachManagedPolicyAsync(policy, targetId, ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    private static string TargetOperation(string targetId) =>
        targetId.StartsWith("ou-", StringComparison.Ordinal) ? OrganizationsOperations.DescribeOrganizationalUnit : OrganizationsOperations.DescribeAccount;

    private async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (OrganizationsException e) when (e.IsRetryable && attempt < options.MaxAttempts)
            {
                var delay = options.DelayFor(attempt - 1, random.NextDouble());
                onRetry?.Invoke(new RetryNotice(operation, attempt, options.MaxAttempts, delay, e));
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
