namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// The observed state in a form a human (and the restore command) can read back. Status is the wire value
/// (ENABLED, PENDING_ENABLE, ...) or null when BACKUP_POLICY is not enabled on the root.
/// </summary>
public sealed record StateSnapshot(
    DateTimeOffset TakenAt,
    string Trigger,
    string RootId,
    string? BackupPolicyTypeStatus,
    string PolicyName,
    string? PolicyId,
    string? PolicyContent,
    IReadOnlyList<string> AttachedTargetIds);
