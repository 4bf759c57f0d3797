using System.Text.Json;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// The snapshot file format (camelCase JSON of <see cref="StateSnapshot"/>), beside the record it writes: the
/// Lambda's S3 and log sinks and the CLI's snapshot files all use it, so restore reads any of them.
/// </summary>
public static class SnapshotJson
{
    public static string Serialize(StateSnapshot snapshot) =>
        JsonSerializer.Serialize(snapshot, CoreJsonContext.Default.StateSnapshot);

    /// <exception cref="JsonException">The text is not a snapshot.</exception>
    public static StateSnapshot Deserialize(string json) =>
        JsonSerializer.Deserialize(json, CoreJsonContext.Default.StateSnapshot)
        ?? throw new JsonException("The snapshot file holds null.");
}
