using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function;

/// <summary>
/// Writes the pre-write snapshot into the log when no snapshot bucket is composed. It is the snapshot file format
/// (<see cref="SnapshotJson"/>), so the field's value saved to a file is what the CLI's restore --from reads.
/// </summary>
internal sealed class LogSnapshotSink : ISnapshotSink
{
    private const string Message = "state snapshot before first write";

    private readonly JsonLogger _logger;

    public LogSnapshotSink(JsonLogger logger) => _logger = logger;

    public Task<SnapshotReceipt> SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken)
    {
        var json = SnapshotJson.Serialize(snapshot);
        _logger.Info(Message, LogField.Of("snapshot", json));
        return Task.FromResult(new SnapshotReceipt($"log: \"{Message}\" at {snapshot.TakenAt:O}", Reused: false));
    }
}
