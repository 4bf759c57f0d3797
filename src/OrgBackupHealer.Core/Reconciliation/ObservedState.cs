using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// What the reads found. <see cref="ManagedPolicy"/> is null when no BACKUP_POLICY has the managed name;
/// <see cref="DesiredTargetIds"/> has the literal "root" already resolved to the root id.
/// </summary>
public sealed record ObservedState(
    OrganizationRoot Root,
    Policy? ManagedPolicy,
    IReadOnlyList<PolicyTarget> Attachments,
    IReadOnlyList<string> DesiredTargetIds)
{
    public PolicyTypeStatus? BackupPolicyStatus => Root.BackupPolicyStatus;

    public bool IsAttachedTo(string targetId) =>
        Attachments.Any(a => string.Equals(a.TargetId, targetId, StringComparison.Ordinal));
}
