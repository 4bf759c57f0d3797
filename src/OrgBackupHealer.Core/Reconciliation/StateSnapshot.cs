using System.Text.Json.Serialization;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// The observed state of a policy set in a form a human (and the restore command) can read back. Status is the wire
/// value (ENABLED, PENDING_ENABLE, ...) or null when BACKUP_POLICY is not enabled on the root. OrganizationId and
/// ManagementAccountId say which organization it was taken of, so a restore can refuse another one; Simulated marks
/// snapshots of the CLI's in-memory organization. <see cref="Policies"/> holds every entry; the single-policy members
/// (PolicyName, PolicyId, PolicyContent, AttachedTargetIds) repeat the first, so a snapshot written before policy sets
/// (which has only those) reads as a set of one.
/// </summary>
public sealed record StateSnapshot(
    DateTimeOffset TakenAt,
    string Trigger,
    string RootId,
    string? BackupPolicyTypeStatus,
    string PolicyName,
    string? PolicyId,
    string? PolicyContent,
    IReadOnlyList<string> AttachedTargetIds)
{
    public string? OrganizationId { get; init; }

    public string? ManagementAccountId { get; init; }

    public bool Simulated { get; init; }

    /// <summary>The owner of the set the snapshot was taken for; null in snapshots written before policy sets.</summary>
    public string? Owner { get; init; }

    /// <summary>Every entry as observed; null in snapshots written before policy sets (read <see cref="Entries"/>).</summary>
    public IReadOnlyList<PolicySnapshot>? Policies { get; init; }

    /// <summary>The entries, from <see cref="Policies"/> or, in an older snapshot, the single-policy members.</summary>
    [JsonIgnore]
    public IReadOnlyList<PolicySnapshot> Entries =>
        Policies ?? [new PolicySnapshot(Desired.PolicyIdentity.DefaultKey, PolicyName, PolicyId, PolicyContent, AttachedTargetIds)];

    /// <summary>True when both record the same organization state, whenever and for whatever reason they were taken.</summary>
    public bool SameStateAs(StateSnapshot other) =>
        other is not null
        && RootId == other.RootId
        && OrganizationId == other.OrganizationId
        && BackupPolicyTypeStatus == other.BackupPolicyTypeStatus
        && Simulated == other.Simulated
        && Entries.Count == other.Entries.Count
        && Entries.Zip(other.Entries).All(pair => pair.First.SameStateAs(pair.Second));
}

/// <summary>One entry's policy as observed: null id and content when it did not exist.</summary>
public sealed record PolicySnapshot(string Key, string PolicyName, string? PolicyId, string? PolicyContent, IReadOnlyList<string> AttachedTargetIds)
{
    public bool SameStateAs(PolicySnapshot other) =>
        other is not null
        && Key == other.Key
        && PolicyName == other.PolicyName
        && PolicyId == other.PolicyId
        && PolicyContent == other.PolicyContent
        && AttachedTargetIds.SequenceEqual(other.AttachedTargetIds, StringComparer.Ordinal);
}
