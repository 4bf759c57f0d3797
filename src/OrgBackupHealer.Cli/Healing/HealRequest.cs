using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Healing;

/// <summary>
/// One confirmed reconcile (heal, restore). <paramref name="PolicySource"/> and <paramref name="PolicyOrigin"/> say
/// where the desired content came from; <paramref name="SnapshotDirectory"/> is already resolved.
/// </summary>
internal sealed record HealRequest(
    DesiredState Desired,
    ConnectionRequest Connection,
    string PolicySource,
    string PolicyOrigin,
    bool AssumeYes,
    string SnapshotDirectory,
    bool SkipUnknownTargets,
    bool EmitMetrics)
{
    /// <summary>Lines about the observed state the plan cannot express, e.g. restore's attachments it will not remove.</summary>
    public Func<ObservedState, IReadOnlyList<string>> NotesFor { get; init; } = _ => [];

    /// <summary>
    /// Why this organization must not be written to at all (restore: the snapshot is of another one), given the
    /// observed state and whether it is the simulation; null to go on. Checked before the plan is even shown.
    /// </summary>
    public Func<ObservedState, bool, string?> RefusalFor { get; init; } = (_, _) => null;
}
