namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>Receives the observed state before the first write of a reconcile, so a human can roll back.</summary>
public interface ISnapshotSink
{
    /// <returns>Where the snapshot can be read back from.</returns>
    Task<SnapshotReceipt> SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken);
}

/// <summary>Where a pre-write snapshot is (a file path, an s3:// URI, or the log), and whether an earlier identical one was reused.</summary>
public sealed record SnapshotReceipt(string Location, bool Reused);
