using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Resilience;

/// <summary>
/// Retries retryable Organizations errors (throttling, concurrent modification, changes in progress, 5xx)
/// with jittered exponential backoff, within the caller's cancellation. Everything else surfaces at once.
/// Wrap ports that do not retry by themselves (the simulated organization); the HTTP client retries on its own.
/// </summary>
public sealed class RetryingOrganizationsPort(IOrganizationsPort inner, TimeProvider time, RetryOptions options, Random random) : IOrganizationsPort
{
    public Task<IReadOnlyList<OrganizationRoot>> ListRootsAsync(CancellationToken cancellationToken) =>
        RunAsync(inner.ListRootsAsync, cancellationToken);

    public Task<IReadOnlyList<PolicySummary>> ListBackupPoliciesAsync(CancellationToken cancellationToken) =>
        RunAsync(inner.ListBackupPoliciesAsync, cancellationToken);

    public Task<Policy> DescribePolicyAsync(string policyId, CancellationToken cancellationToken) =>
        RunAsync(ct => inner.DescribePolicyAsync(policyId, ct), cancellationToken);

    public Task<PolicySummary> CreateBackupPolicyAsync(NewPolicy policy, CancellationToken cancellationToken) =>
        RunAsync(ct => inner.CreateBackupPolicyAsync(policy, ct), cancellationToken);

    public Task<PolicySummary> UpdatePolicyContentAsync(string policyId, string content, CancellationToken cancellationToken) =>
        RunAsync(ct => inner.UpdatePolicyContentAsync(policyId, content, ct), cancellationToken);

    public Task<IReadOnlyList<PolicyTarget>> ListTargetsForPolicyAsync(string policyId, CancellationToken cancellationToken) =>
        RunAsync(ct => inner.ListTargetsForPolicyAsync(policyId, ct), cancellationToken);

    public Task AttachPolicyAsync(string policyId, string targetId, CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            await inner.AttachPolicyAsync(policyId, targetId, ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<OrganizationRoot> EnableBackupPolicyTypeAsync(string rootId, CancellationToken cancellationToken) =>
        RunAsync(ct => inner.EnableBackupPolicyTypeAsync(rootId, ct), cancellationToken);

    private async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var retry = 0; ; retry++)
        {
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (OrganizationsException e) when (e.IsRetryable && retry + 1 < options.MaxAttempts)
            {
                await Task.Delay(options.DelayFor(retry, random.NextDouble()), time, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
