using System.Text.Json;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Storage;

/// <summary>
/// The snapshot file format (camelCase JSON of <see cref="StateSnapshot"/>), shared by the S3 sink, the S3
/// reader and anyone writing or restoring a local snapshot file, so both read back the same way.
/// </summary>
public static class SnapshotJson
{
    public static string Serialize(StateSnapshot snapshot) =>
        JsonSerializer.Serialize(snapshot, StorageJsonContext.Default.StateSnapshot);

    /// <exception cref="JsonException">The text is not a snapshot.</exception>
    public static StateSnapshot Deserialize(string json) =>
        JsonSerializer.Deserialize(json, StorageJsonContext.Default.StateSnapshot)
        ?? throw new JsonException("The snapshot file holds null.");
}
