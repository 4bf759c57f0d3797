using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// The reads of a reconcile, and only the ones whose answer can change the plan: ListRoots; the managed policy
/// (one DescribePolicy when its id is known, else ListPolicies and tags); its attachments while BACKUP_POLICY is
/// ENABLED; and whether each desired target that is not attached exists (docs/performance.md, API budget).
/// </summary>
internal sealed class StateObserver(IOrganizationsPort organizations)
{
    private readonly ManagedPolicyLocator _locator = new(organizations);

    public ManagedPolicyLocator Locator => _locator;

    public async Task<ObservedState> ObserveAsync(DesiredState desired, string? knownPolicyId, CancellationToken cancellationToken)
    {
        var root = await ReadRootAsync(cancellationToken).ConfigureAwait(false);
        var (policy, conflict) = await _locator.LocateAsync(desired, knownPolicyId, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<PolicyTarget> attachments = [];
        // Disabling a policy type detaches every policy of that type (AWS Organizations user guide, "Disabling a
        // policy type"); while the type is PENDING_DISABLE the service may still list attachments that are about to
        // vanish, and while it is PENDING_ENABLE there can be none. So attachments count only when ENABLED.
        if (policy is not null && root.BackupPolicyStatus == PolicyTypeStatus.Enabled)
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
        var attached = attachments.Select(a => a.TargetId).ToHashSet(StringComparer.Ordinal);
        var unreachable = await FindMissingTargetsAsync(root, targets.Where(t => !attached.Contains(t)), cancellationToken).ConfigureAwait(false);
        return new ObservedState(root, policy, attachments, targets, unreachable, conflict);
    }

    public async Task<OrganizationRoot> ReadRootAsync(CancellationToken cancellationToken)
    {
        var roots = await organizations.ListRootsAsync(cancellationToken).ConfigureAwait(false);
        return roots.Count > 0
            ? roots[0]
            : throw new OrganizationsException(OrganizationsErrorCodes.RootNotFound, "ListRoots returned no root.") { Operation = OrganizationsOperations.ListRoots };
    }

    /// <summary>
    /// Only targets that are not attached are looked up: an attached target exists by definition, so a healthy
    /// organization costs no lookup at all.
    /// </summary>
    private async Task<IReadOnlyList<UnreachableTarget>> FindMissingTargetsAsync(
        OrganizationRoot root, IEnumerable<string> unattached, CancellationToken cancellationToken)
    {
        var missing = new List<UnreachableTarget>();
        foreach (var target in unattached)
        {
            if (target.StartsWith("r-", StringComparison.Ordinal))
            {
                if (target != root.Id)
                {
                    missing.Add(new(target, UnreachableReasons.NotFound, $"{target} is not this organization's root ({root.Id})."));
                }
            }
            else if (!await organizations.TargetExistsAsync(target, cancellationToken).ConfigureAwait(false))
            {
                missing.Add(new(target, UnreachableReasons.NotFound, $"{target} is not in the organization: it was deleted, it left, or the id is wrong."));
            }
        }

        return missing;
    }
}
