using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// What the reads found for one entry. <see cref="ManagedPolicy"/> is null when no policy is identified as the entry's;
/// <see cref="Attachments"/> is empty unless BACKUP_POLICY is ENABLED (while the type is pending, the service may
/// still list attachments that are about to vanish); <see cref="DesiredTargetIds"/> has "root" resolved to the
/// root id; <see cref="UnreachableTargets"/> are desired targets found not to exist.
/// </summary>
public sealed record ObservedState(
    OrganizationRoot Root,
    ManagedPolicy? ManagedPolicy,
    IReadOnlyList<PolicyTarget> Attachments,
    IReadOnlyList<string> DesiredTargetIds,
    IReadOnlyList<UnreachableTarget> UnreachableTargets)
{
    public PolicyTypeStatus? BackupPolicyStatus => Root.BackupPolicyStatus;

    /// <summary>
    /// Why nothing of this entry may be written: another owner's policy, two candidates for the entry, or its name
    /// held by a policy that is not its own while it has none. Reported for this entry only.
    /// </summary>
    public Diagnosis? IdentityProblem { get; init; }

    /// <summary>
    /// A policy that is not the entry's holds the entry's name while the entry's own policy is under another name: the
    /// rename is skipped (it would fail), the other repairs go ahead, and this is reported.
    /// </summary>
    public PolicySummary? NameTakenBy { get; init; }
}
