using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Snapshots;

/// <summary>Keeps snapshots in memory: the demo shows them instead of writing files.</summary>
internal sealed class MemorySnapshotSink : ISnapshotSink
{
    private readonly List<StateSnapshot> _snapshots = [];

    public IReadOnlyList<StateSnapshot> Snapshots => _snapshots;

    public Task<SnapshotReceipt> SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken)
    {
        _snapshots.Add(snapshot with { Simulated = true });
        return Task.FromResult(new SnapshotReceipt($"memory #{_snapshots.Count}", Reused: false));
    }
}

/// <summary>For read-only reconciles (report mode never writes, so it never snapshots).</summary>
internal sealed class NoSnapshots : ISnapshotSink
{
    public Task<SnapshotReceipt> SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A report-mode reconcile tried to write.");
}
