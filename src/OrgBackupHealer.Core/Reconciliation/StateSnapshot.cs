namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// The observed state in a form a human (and the restore command) can read back. Status is the wire value
/// (ENABLED, PENDING_ENABLE, ...) or null when BACKUP_POLICY is not enabled on the root. OrganizationId and
/// ManagementAccountId say which organization it was taken of, so a restore can refuse another one; Simulated marks
/// snapshots of the CLI's in-memory organization.
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

    /// <summary>True when both record the same organization state, whenever and for whatever reason they were taken.</summary>
    public bool SameStateAs(StateSnapshot other) =>
        other is not null
        && RootId == other.RootId
        && OrganizationId == other.OrganizationId
        && BackupPolicyTypeStatus == other.BackupPolicyTypeStatus
        && PolicyName == other.PolicyName
        && PolicyId == other.PolicyId
        && PolicyContent == other.PolicyContent
        && Simulated == other.Simulated
        && AttachedTargetIds.SequenceEqual(other.AttachedTargetIds, StringComparer.Ordinal);
}
