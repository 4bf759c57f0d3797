using System.Globalization;
using System.Text;
using System.Text.Json;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Snapshots;

/// <summary>The local snapshot file: Core's snapshot format (<see cref="SnapshotJson"/>), the same the Lambda stores in S3.</summary>
internal static class SnapshotFiles
{
    public static string Serialize(StateSnapshot snapshot) => SnapshotJson.Serialize(snapshot);

    /// <exception cref="CliException">Missing, unreadable or not a snapshot.</exception>
    public static StateSnapshot Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"snapshot file '{path}' not found.");
        }

        try
        {
            return SnapshotJson.Deserialize(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new CliException($"{path} is not a snapshot file ({e.Message.ReplaceLineEndings(" ")}).", e);
        }
    }

    /// <summary>snapshot-20250101T120000123Z-cli-heal.json: sorts by time, says what took it.</summary>
    public static string FileNameFor(StateSnapshot snapshot)
    {
        var trigger = new StringBuilder();
        foreach (var c in snapshot.Trigger)
        {
            trigger.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return $"snapshot-{snapshot.TakenAt.ToUniversalTime().ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}-{trigger}.json";
    }
}
