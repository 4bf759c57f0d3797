namespace OrgBackupHealer.Core.Desired;

/// <summary>
/// Everything one deployment keeps healed: its <see cref="Owner"/> and its entries, each a managed policy with its own
/// key, content, targets, mode and exemptions. A set of one built from the single-policy variables
/// (<see cref="SinglePolicy"/>) may take over the one policy earlier versions tagged with the constant tag alone.
/// </summary>
public sealed record PolicySet(string Owner, IReadOnlyList<DesiredState> Entries)
{
    /// <summary>True for the set of one the single-policy configuration makes: it upgrades a legacy-tagged policy in place.</summary>
    public bool AdoptsLegacyTag { get; init; }

    /// <summary>A set of one entry, owned by the entry's owner; nothing legacy is taken over.</summary>
    public static PolicySet Of(DesiredState entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new PolicySet(entry.Identity.Owner, [entry]);
    }

    /// <summary>The single-policy configuration as a set of one, owner <see cref="PolicyIdentity.DefaultOwner"/>.</summary>
    public static PolicySet SinglePolicy(DesiredState desired)
    {
        ArgumentNullException.ThrowIfNull(desired);
        return new PolicySet(desired.Identity.Owner, [desired]) { AdoptsLegacyTag = true };
    }

    public DesiredState? Find(string key) => Entries.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.Ordinal));

    /// <summary>This set with only the entry <paramref name="key"/> (the CLI's --policy).</summary>
    /// <exception cref="ArgumentException">No entry has that key.</exception>
    public PolicySet Narrow(string key) =>
        Find(key) is { } entry
            ? this with { Entries = [entry] }
            : throw new ArgumentException($"the policy set has no entry '{key}' (its keys: {string.Join(", ", Entries.Select(e => e.Key))})", nameof(key));

    /// <summary>Every entry in <paramref name="mode"/>, e.g. the report mode plan and coverage read in.</summary>
    public PolicySet WithMode(HealerMode mode) => this with { Entries = [.. Entries.Select(e => e with { Mode = mode })] };
}
