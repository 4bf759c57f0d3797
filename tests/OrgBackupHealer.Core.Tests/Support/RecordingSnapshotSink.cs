using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Tests.Support;

/// <summary>Keeps every snapshot with the number of writes the organization had received when it was saved.</summary>
public sealed class RecordingSnapshotSink(Func<int> writesSoFar) : ISnapshotSink
{
    public List<(StateSnapshot Snapshot, int WritesBefore)> Saved { get; } = [];

    public Task<SnapshotReceipt> SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken)
    {
        Saved.Add((snapshot, writesSoFar()));
        return Task.FromResult(new SnapshotReceipt($"recorded #{Saved.Count}", Reused: false));
    }
}
