using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// Finds each entry's policy, never by name alone. A learnt id costs one DescribePolicy. Otherwise every
/// customer-managed BACKUP_POLICY is listed with its tags, and an entry's policy is the one tagged with
/// managed-by, this owner and the entry's key; two such policies are an ambiguity and neither is written. A policy
/// tagged by another owner is never taken. The operator's adopt takes an untagged (or legacy-tagged) policy; the
/// single-policy configuration upgrades the one legacy-tagged policy that carries its name. A policy that is not the
/// entry's but holds its name is reported: as the name taken (the entry's own policy is elsewhere, so the rename is
/// skipped), or as an ownership conflict when the entry has no policy and could not create one under that name.
/// </summary>
internal sealed class PolicySetLocator(IOrganizationsPort organizations)
{
    /// <param name="knownIds">Policy ids learnt by an earlier reconcile, by entry key.</param>
    public async Task<IReadOnlyList<EntryLocation>> LocateAsync(
        PolicySet set, IReadOnlyDictionary<string, string> knownIds, CancellationToken cancellationToken)
    {
        var located = new EntryLocation?[set.Entries.Count];
        for (var i = 0; i < set.Entries.Count; i++)
        {
            var entry = set.Entries[i];
            if (entry.AdoptPolicyId is null && knownIds.TryGetValue(entry.Key, out var known)
                && await DescribeOwnAsync(known, PolicyIdentification.KnownId, cancellationToken).ConfigureAwait(false) is { } policy)
            {
                located[i] = new EntryLocation(policy);
            }
        }

        var renames = located.Select((l, i) => l?.Managed is { } m && m.Summary.Name != set.Entries[i].PolicyName).Any(x => x);
        if (located.All(l => l is not null) && !renames)
        {
            return located!;
        }

        var listing = await ListAsync(readTags: located.Any(l => l is null), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < set.Entries.Count; i++)
        {
            var entry = set.Entries[i];
            var location = located[i] ?? await FindAsync(set, entry, listing, cancellationToken).ConfigureAwait(false);
            located[i] = location.Managed is { } managed && managed.Summary.Name != entry.PolicyName
                ? location with { NameTakenBy = listing.FirstOrDefault(p => p.Summary.Name == entry.PolicyName && p.Summary.Id != managed.Summary.Id)?.Summary }
                : location;
        }

        return located!;
    }

    /// <summary>The policy, when it still exists and is a customer-managed BACKUP_POLICY; null when it is gone.</summary>
    public async Task<ManagedPolicy?> DescribeOwnAsync(string policyId, PolicyIdentification identifiedBy, CancellationToken cancellationToken, bool carriesEntryTags = true)
    {
        try
        {
            var policy = await organizations.DescribePolicyAsync(policyId, cancellationToken).ConfigureAwait(false);
            return policy.Summary is { AwsManaged: false, Type: PolicyTypes.BackupPolicy }
                ? new ManagedPolicy(new ManagedPolicyId(policy.Summary.Id), policy.Summary, policy.Content, identifiedBy, carriesEntryTags)
                : null;
        }
        catch (OrganizationsException e) when (e.ErrorCode is OrganizationsErrorCodes.PolicyNotFound or OrganizationsErrorCodes.TargetNotFound)
        {
            return null;
        }
    }

    /// <summary>Whether a policy learnt earlier still carries the entry's tags (read again before its first write).</summary>
    public async Task<bool> StillCarriesAsync(ManagedPolicyId policy, PolicyIdentity identity, CancellationToken cancellationToken) =>
        await TagsOfAsync(policy.Value, cancellationToken).ConfigureAwait(false) is { } tags && tags.Is(identity);

    private async Task<EntryLocation> FindAsync(PolicySet set, DesiredState entry, IReadOnlyList<ListedPolicy> listing, CancellationToken cancellationToken)
    {
        var own = listing.Where(p => p.Ownership?.Is(entry.Identity) == true).ToList();
        if (own.Count > 1)
        {
            return Problem(Ambiguous(entry, own, "carry its tags"));
        }

        if (own.Count == 1)
        {
            return await FoundAsync(entry, listing, own[0].Summary.Id, PolicyIdentification.Tagged, carriesEntryTags: true, cancellationToken).ConfigureAwait(false);
        }

        if (entry.AdoptPolicyId is { } adopt)
        {
            var tags = listing.FirstOrDefault(p => p.Summary.Id == adopt)?.Ownership;
            if (tags is not null && tags.BelongsToAnotherOwner(set.Owner))
            {
                return Problem(Conflict($"The policy '{entry.Key}' adopts ({adopt}) is tagged by owner '{tags.Owner}': another deployment's policy is never taken over. "
                    + "Remove its owner and key tags if this deployment should own it, or adopt another policy."));
            }

            if (listing.Any(p => p.Summary.Id == adopt))
            {
                return await FoundAsync(entry, listing, adopt, PolicyIdentification.Adopted, carriesEntryTags: tags?.Is(entry.Identity) == true, cancellationToken).ConfigureAwait(false);
            }
        }

        if (set.AdoptsLegacyTag)
        {
            var legacy = listing.Where(p => p.Ownership?.IsLegacy == true).ToList();
            if (legacy.Count > 1)
            {
                return Problem(Ambiguous(entry, legacy, $"carry the constant tag {PolicyIdentity.ManagedByKey}={PolicyIdentity.ManagedByValue} alone"));
            }

            if (legacy.Count == 1 && legacy[0].Summary.Name == entry.PolicyName)
            {
                return await FoundAsync(entry, listing, legacy[0].Summary.Id, PolicyIdentification.LegacyUpgrade, carriesEntryTags: false, cancellationToken).ConfigureAwait(false);
            }
        }

        return listing.FirstOrDefault(p => p.Summary.Name == entry.PolicyName) is { } squatter
            ? Problem(Conflict($"A BACKUP_POLICY named '{squatter.Summary.Name}' ({squatter.Summary.Id}) exists without the tags of entry '{entry.Key}' "
                + $"({PolicyIdentity.OwnerKey}={entry.Identity.Owner}, {PolicyIdentity.EntryKey}={entry.Key}): it belongs to someone else and the healer will not touch it. "
                + $"If it is the policy this entry should own, adopt it (\"adopt\": \"{squatter.Summary.Id}\" / --adopt-policy-id {squatter.Summary.Id}); otherwise choose another name."))
            : new EntryLocation(null);
    }

    private async Task<EntryLocation> FoundAsync(
        DesiredState entry, IReadOnlyList<ListedPolicy> listing, string policyId, PolicyIdentification by, bool carriesEntryTags, CancellationToken cancellationToken)
    {
        // Deleted between the listing and this read: the entry has no policy, and is created again unless its name is taken.
        var policy = await DescribeOwnAsync(policyId, by, cancellationToken, carriesEntryTags).ConfigureAwait(false);
        return policy is not null ? new EntryLocation(policy)
            : listing.Any(p => p.Summary.Name == entry.PolicyName && p.Summary.Id != policyId) ? Problem(Conflict($"The policy of entry '{entry.Key}' was deleted and its name is held by another policy."))
            : new EntryLocation(null);
    }

    private async Task<IReadOnlyList<ListedPolicy>> ListAsync(bool readTags, CancellationToken cancellationToken)
    {
        var listed = new List<ListedPolicy>();
        foreach (var summary in await organizations.ListBackupPoliciesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (summary.AwsManaged || summary.Type != PolicyTypes.BackupPolicy)
            {
                continue;
            }

            if (!readTags)
            {
                listed.Add(new ListedPolicy(summary, null));
            }
            else if (await TagsOfAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { } ownership)
            {
                listed.Add(new ListedPolicy(summary, ownership));
            }
        }

        return listed;
    }

    /// <summary>The policy's ownership by its tags; null when it was deleted since it was listed.</summary>
    private async Task<TagOwnership?> TagsOfAsync(string policyId, CancellationToken cancellationToken)
    {
        try
        {
            return PolicyIdentity.Read(await organizations.ListPolicyTagsAsync(policyId, cancellationToken).ConfigureAwait(false));
        }
        catch (OrganizationsException e) when (e.ErrorCode is OrganizationsErrorCodes.TargetNotFound or OrganizationsErrorCodes.PolicyNotFound)
        {
            return null;
        }
    }

    private static Diagnosis Ambiguous(DesiredState entry, IReadOnlyList<ListedPolicy> candidates, string what) =>
        new(FailureKind.Terminal, FailureReasons.AmbiguousPolicy,
            $"{candidates.Count} BACKUP_POLICYs {what} of entry '{entry.Key}' ({string.Join(", ", candidates.Select(c => $"'{c.Summary.Name}' {c.Summary.Id}"))}): "
            + "the healer cannot tell which is the entry's and writes neither. Remove the tags from all but one, or adopt one by id.");

    private static Diagnosis Conflict(string message) => new(FailureKind.Terminal, FailureReasons.OwnershipConflict, message);

    private static EntryLocation Problem(Diagnosis diagnosis) => new(null) { Problem = diagnosis };

    private sealed record ListedPolicy(PolicySummary Summary, TagOwnership? Ownership);
}

/// <summary>Where an entry's policy is: found (with how), missing, or a problem that forbids writing any of it.</summary>
internal sealed record EntryLocation(ManagedPolicy? Managed)
{
    public Diagnosis? Problem { get; init; }

    public PolicySummary? NameTakenBy { get; init; }
}
