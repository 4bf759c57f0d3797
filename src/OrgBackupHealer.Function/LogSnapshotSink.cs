using System.Text.Json;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function;

/// <summary>
/// Writes the pre-write snapshot into the log as JSON, so a human can roll back from CloudWatch Logs when no
/// snapshot bucket is composed.
/// </summary>
internal sealed class LogSnapshotSink : ISnapshotSink
{
    private readonly JsonLogger _logger;

    public LogSnapshotSink(JsonLogger logger) => _logger = logger;

    public Task SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(snapshot, FunctionJsonContext.Default.StateSnapshot);
        _logger.Info("state snapshot before first write", LogField.Of("snapshot", json));
        return Task.CompletedTask;
    }
}
