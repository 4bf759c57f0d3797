using System.Globalization;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Cli.Organization;

/// <summary>
/// Says so on stderr, every <see cref="Interval"/>, while a call to Organizations is still unanswered: between the
/// per-attempt timeout and the retry lines, a slow endpoint never leaves the terminal silent for long. It sits below
/// the retry policy, so each attempt is watched on its own.
/// </summary>
internal sealed class SlowCallReporter(IOrganizationsPort inner, TimeProvider time, TextWriter progress, string endpoint) : IOrganizationsPort
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private readonly Lock _gate = new();

    public Task<IReadOnlyList<OrganizationRoot>> ListRootsAsync(CancellationToken cancellationToken) =>
        WatchAsync(OrganizationsOperations.ListRoots, () => inner.ListRootsAsync(cancellationToken));

    public Task<IReadOnlyList<PolicySummary>> ListBackupPoliciesAsync(CancellationToken cancellationToken) =>
        WatchAsync(OrganizationsOperations.ListPolicies, () => inner.ListBackupPoliciesAsync(cancellationToken));

    public Task<Policy> DescribePolicyAsync(string policyId, CancellationToken cancellationToken) =>
        WatchAsync(OrganizationsOperations.DescribePolicy, () => inner.DescribePolicyAsync(policyId, cancellationToken));

    public Task<IReadOnlyDictionary<string, string>> ListPolicyTagsAsync(string policyId, CancellationToken cancellationToken) =>
        WatchAsync(OrganizationsOperations.ListTagsForResource, () => inner.ListPolicyTagsAsync(policyId, cancellationToken));

    public Task<IReadOnlyList<PolicyTarget>> ListTargetsForPolicyAsync(string policyId, CancellationToken cancellationToken) =>
        WatchAsync(OrganizationsOperations.ListTargetsForPolicy, () => inner.ListTargetsForPolicyAsync(policyId, cancellationToken));

    public Task<bool> TargetExistsAsync(string targetId, CancellationToken cancellationToken) =>
        WatchAsync(targetId.StartsWith("ou-", StringComparison.Ordinal) ? OrganizationsOperations.DescribeOrganizationalUnit : OrganizationsOperations.DescribeAccount,
            () => inner.TargetExistsAsync(targetId, cancellationToken));

    public Task<OrganizationRoot> EnableBackupPolicyTypeAsync(string rootId, CancellationToken cancellationToken) =>
        WatchAsync(OrganizationsOperations.EnablePolicyType, () => inner.EnableBackupPolicyTypeAsync(rootId, cancellationToken));

    public Task<PolicySummary> CreateBackupPolicyAsync(NewPolicy policy, CancellationToken cancellationToken) =>
        WatchAsync(OrganizationsOperations.CreatePolicy, () => inner.CreateBackupPolicyAsync(policy, cancellationToken));

    public Task<PolicySummary> UpdateManagedPolicyAsync(ManagedPolicyId policy, PolicyUpdate update, CancellationToken cancellationToken) =>
        WatchAsync(OrganizationsOperations.UpdatePolicy, () => inner.UpdateManagedPolicyAsync(policy, update, cancellationToken));

    public Task AttachManagedPolicyAsync(ManagedPolicyId policy, string targetId, CancellationToken cancellationToken) =>
        WatchAsync(OrganizationsOperations.AttachPolicy, async () =>
        {
            await inner.AttachManagedPolicyAsync(policy, targetId, cancellationToken).ConfigureAwait(false);
            return true;
        });

    private async Task<T> WatchAsync<T>(string operation, Func<Task<T>> call)
    {
        var started = time.GetTimestamp();
        using var timer = time.CreateTimer(_ => Report(operation, started), null, Interval, Interval);
        return await call().ConfigureAwait(false);
    }

    private void Report(string operation, long started)
    {
        var waited = time.GetElapsedTime(started);
        lock (_gate)
        {
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{operation}: still waiting for {endpoint} after {waited.TotalSeconds:0} s…"));
            progress.Flush();
        }
    }
}
