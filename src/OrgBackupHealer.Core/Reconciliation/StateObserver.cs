using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// The reads of a reconcile, and only the ones whose answer can change a plan: ListRoots once for the set; each
/// entry's policy (one DescribePolicy when its id is known, else the listing with tags, <see cref="PolicySetLocator"/>);
/// its attachments while BACKUP_POLICY is ENABLED; and whether each desired target that is not attached exists, each
/// target looked up once however many entries name it (docs/performance.md, API budget).
/// </summary>
internal sealed class StateObserver(IOrganizationsPort organizations)
{
    private readonly PolicySetLocator _locator = new(organizations);

    public PolicySetLocator Locator => _locator;

    /// <returns>One observation per entry, in the set's order.</returns>
    public async Task<IReadOnlyList<ObservedState>> ObserveAsync(
        PolicySet set, IReadOnlyDictionary<string, string> knownIds, CancellationToken cancellationToken)
    {
        var root = await ReadRootAsync(cancellationToken).ConfigureAwait(false);
        var locations = await _locator.LocateAsync(set, knownIds, cancellationToken).ConfigureAwait(false);
        var existence = new Dictionary<string, bool>(StringComparer.Ordinal);
        var observed = new List<ObservedState>(set.Entries.Count);
        for (var i = 0; i < set.Entries.Count; i++)
        {
            observed.Add(await ObserveEntryAsync(set.Entries[i], root, locations[i], existence, cancellationToken).ConfigureAwait(false));
        }

        return observed;
    }

    public async Task<OrganizationRoot> ReadRootAsync(CancellationToken cancellationToken)
    {
        var roots = await organizations.ListRootsAsync(cancellationToken).ConfigureAwait(false);
        return roots.Count > 0
            ? roots[0]
            : throw new OrganizationsException(OrganizationsErrorCodes.RootNotFound, "ListRoots returned no root.") { Operation = OrganizationsOperations.ListRoots };
    }

    private async Task<ObservedState> ObserveEntryAsync(
        DesiredState desired, OrganizationRoot root, EntryLocation location, Dictionary<string, bool> existence, CancellationToken cancellationToken)
    {
        var policy = location.Managed;
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
        var unreachable = new List<UnreachableTarget>();
        foreach (var target in targets.Where(t => !attached.Contains(t)))
        {
            if (await FindMissingAsync(root, target, existence, cancellationToken).ConfigureAwait(false) is { } missing)
            {
                unreachable.Add(missing);
            }
        }

        return new ObservedState(root, policy, attachments, targets, unreachable)
        {
            IdentityProblem = location.Problem,
            NameTakenBy = location.NameTakenBy,
        };
    }

    /// <summary>
    /// Only targets that are not attached are looked up: an attached target exists by definition, so a healthy
    /// organization costs no lookup at all.
    /// </summary>
    private async Task<UnreachableTarget?> FindMissingAsync(OrganizationRoot root, string target, Dictionary<string, bool> existence, CancellationToken cancellationToken)
    {
        if (target.StartsWith("r-", StringComparison.Ordinal))
        {
            return target == root.Id ? null : new(target, UnreachableReasons.NotFound, $"{target} is not this organization's root ({root.Id}).");
        }

        if (!existence.TryGetValue(target, out var exists))
        {
            exists = await organizations.TargetExistsAsync(target, cancellationToken).ConfigureAwait(false);
            existence[target] = exists;
        }

        return exists ? null : new(target, UnreachableReasons.NotFound, $"{target} is not in the organization: it was deleted, it left, or the id is wrong.");
    }
}
