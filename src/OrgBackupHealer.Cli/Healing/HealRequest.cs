using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Healing;

/// <summary>
/// One confirmed reconcile (heal, restore). <paramref name="NotesFor"/> adds lines about the observed state the
/// plan cannot express, e.g. restore's attachments it will not remove.
/// </summary>
internal sealed record HealRequest(
    string Command,
    DesiredState Desired,
    ConnectionRequest Connection,
    OutputFormat Format,
    bool AssumeYes,
    string SnapshotDirectory,
    Func<ObservedState, IReadOnlyList<string>> NotesFor);
