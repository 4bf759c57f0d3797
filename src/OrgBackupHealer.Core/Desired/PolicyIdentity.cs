namespace OrgBackupHealer.Core.Desired;

/// <summary>
/// Who a managed policy belongs to: the deployment that owns it and the entry of that deployment's policy set. The
/// healer tags each policy it creates or adopts with <see cref="ManagedByKey"/>, <see cref="OwnerKey"/> and
/// <see cref="EntryKey"/>, and writes to a policy only when all three say it is this entry's. The template's role
/// requires the same owner tag on every write, so the code and IAM fence the same set of policies.
/// </summary>
public sealed record PolicyIdentity(string Owner, string Key)
{
    public const string ManagedByKey = "managed-by";

    public const string ManagedByValue = "OrgBackupHealer";

    public const string OwnerKey = "orgbackuphealer:owner";

    public const string EntryKey = "orgbackuphealer:key";

    /// <summary>The owner and key of a deployment configured with the single-policy variables (a set of one).</summary>
    public const string DefaultOwner = "default";

    /// <inheritdoc cref="DefaultOwner"/>
    public const string DefaultKey = "default";

    public static PolicyIdentity Default { get; } = new(DefaultOwner, DefaultKey);

    /// <summary>The tags that make a policy this entry's.</summary>
    public IReadOnlyDictionary<string, string> Tags => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ManagedByKey] = ManagedByValue,
        [OwnerKey] = Owner,
        [EntryKey] = Key,
    };

    /// <summary>What a policy's tags say about whose it is.</summary>
    public static TagOwnership Read(IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var managed = tags.TryGetValue(ManagedByKey, out var by) && string.Equals(by, ManagedByValue, StringComparison.Ordinal);
        var owner = tags.GetValueOrDefault(OwnerKey);
        var key = tags.GetValueOrDefault(EntryKey);
        return new TagOwnership(managed, owner, key);
    }
}

/// <summary>
/// A policy's ownership as its tags tell it. <see cref="IsLegacy"/>: the healer's constant tag alone, as versions
/// before policy sets wrote it; such a policy is taken over only by an entry that adopts it, or by a single-policy
/// deployment that finds exactly one.
/// </summary>
public sealed record TagOwnership(bool ManagedByHealer, string? Owner, string? Key)
{
    public bool IsLegacy => ManagedByHealer && Owner is null && Key is null;

    public bool Is(PolicyIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return ManagedByHealer && string.Equals(Owner, identity.Owner, StringComparison.Ordinal) && string.Equals(Key, identity.Key, StringComparison.Ordinal);
    }

    /// <summary>Another deployment's policy (its owner tag names someone else): never written.</summary>
    public bool BelongsToAnotherOwner(string owner) => Owner is not null && !string.Equals(Owner, owner, StringComparison.Ordinal);
}
