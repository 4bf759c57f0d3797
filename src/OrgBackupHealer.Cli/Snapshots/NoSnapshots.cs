using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Snapshots;

/// <summary>For read-only reconciles (report mode never writes, so it never snapshots).</summary>
internal sealed class NoSnapshots : ISnapshotSink
{
    public Task<SnapshotReceipt> SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A report-mode reconcile tried to write.");
}
