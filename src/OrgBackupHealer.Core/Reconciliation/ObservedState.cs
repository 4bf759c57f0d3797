using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// What the reads found. <see cref="ManagedPolicy"/> is null when no policy is identified as the healer's;
/// <see cref="Attachments"/> is empty unless BACKUP_POLICY is ENABLED (while the type is pending, the service may
/// still list attachments that are about to vanish); <see cref="DesiredTargetIds"/> has "root" resolved to the
/// root id; <see cref="UnreachableTargets"/> are desired targets found not to exist.
/// <see cref="OwnershipConflict"/> is a BACKUP_POLICY with the desired name that is not the healer's.
/// </summary>
public sealed record ObservedState(
    OrganizationRoot Root,
    ManagedPolicy? ManagedPolicy,
    IReadOnlyList<PolicyTarget> Attachments,
    IReadOnlyList<string> DesiredTargetIds,
    IReadOnlyList<UnreachableTarget> UnreachableTargets,
    Organizations.PolicySummary? OwnershipConflict = null)
{
    public PolicyTypeStatus? BackupPolicyStatus => Root.BackupPolicyStatus;
}
