using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// The reads of a reconcile: at most ListRoots, ListPolicies, DescribePolicy and ListTargetsForPolicy, and only the
/// ones whose answer can change the plan (docs/performance.md, API budget).
/// </summary>
internal sealed class StateObserver(IOrganizationsPort organizations)
{
    public async Task<ObservedState> ObserveAsync(DesiredState desired, CancellationToken cancellationToken)
    {
        var root = await ReadRootAsync(cancellationToken).ConfigureAwait(false);
        var policy = await FindManagedPolicyAsync(desired.PolicyName, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<PolicyTarget> attachments = [];
        // Disabling a policy type detaches every policy of that type from every entity (AWS Organizations user
        // guide, "Disabling a policy type"), so with BACKUP_POLICY not enabled there is nothing to list. A stale
        // attachment would only make the attach answer DuplicatePolicyAttachment, which counts as in place.
        if (policy is not null && root.BackupPolicyStatus is not null)
        {
            try
            {
                attachments = await organizations.ListTargetsForPolicyAsync(policy.Summary.Id, cancellationToken).ConfigureAwait(false);
            }
            catch (OrganizationsException e) when (e.ErrorCode == OrganizationsErrorCodes.PolicyNotFound)
            {
                // Deleted after the describe: it is missing, and so are its attachments.
                policy = null;
            }
        }

        var targets = desired.TargetIds
            .Select(id => string.Equals(id, DesiredState.RootTarget, StringComparison.OrdinalIgnoreCase) ? root.Id : id)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new ObservedState(root, policy, attachments, targets);
    }

    public async Task<OrganizationRoot> ReadRootAsync(CancellationToken cancellationToken)
    {
        var roots = await organizations.ListRootsAsync(cancellationToken).ConfigureAwait(false);
        return roots.Count > 0
            ? roots[0]
            : throw new OrganizationsException(OrganizationsErrorCodes.RootNotFound, "ListRoots returned no root.");
    }

    public async Task<Policy?> FindManagedPolicyAsync(string policyName, CancellationToken cancellationToken)
    {
        var summaries = await organizations.ListBackupPoliciesAsync(cancellationToken).ConfigureAwait(false);
        var summary = summaries.FirstOrDefault(p => !p.AwsManaged && string.Equals(p.Name, policyName, StringComparison.Ordinal));
        if (summary is null)
        {
            return null;
        }

        try
        {
            return await organizations.DescribePolicyAsync(summary.Id, cancellationToken).ConfigureAwait(false);
        }
        catch (OrganizationsException e) when (e.ErrorCode == OrganizationsErrorCodes.PolicyNotFound)
        {
            // Deleted between the list and the describe: it is missing.
            return null;
        }
    }
}
