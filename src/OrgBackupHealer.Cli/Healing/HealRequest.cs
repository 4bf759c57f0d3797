using OrgBackupHealer.Cli.Commands;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Healing;

/// <summary>
/// One confirmed reconcile of a policy set (heal, restore). <see cref="Settings"/> says what the set is, where each
/// entry's content came from and which organization to reach; <paramref name="SnapshotDirectory"/> is already resolved.
/// </summary>
internal sealed record HealRequest(
    OrganizationSettings Settings,
    bool AssumeYes,
    string SnapshotDirectory,
    bool SkipUnknownTargets)
{
    /// <summary>Lines about the observed state the plan cannot express, e.g. restore's attachments it will not remove.</summary>
    public Func<SetReconcileResult, IReadOnlyList<string>> NotesFor { get; init; } = _ => [];

    /// <summary>
    /// Why this organization must not be written to at all (restore: the snapshot is of another one), given the
    /// observed state and whether it is the simulation; null to go on. Checked before the plan is even shown.
    /// </summary>
    public Func<SetReconcileResult, bool, string?> RefusalFor { get; init; } = (_, _) => null;
}
