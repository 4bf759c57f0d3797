namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>Receives the observed state before the first write of a reconcile, so a human can roll back.</summary>
public interface ISnapshotSink
{
    Task SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken);
}
