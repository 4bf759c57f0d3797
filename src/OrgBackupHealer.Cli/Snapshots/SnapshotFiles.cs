using System.Globalization;
using System.Text;
using System.Text.Json;
using OrgBackupHealer.Cli.Input;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Snapshots;

/// <summary>The local snapshot file: Core's snapshot format (<see cref="SnapshotJson"/>), the same the Lambda stores in S3.</summary>
internal static class SnapshotFiles
{
    /// <summary>
    /// A snapshot holds each entry's policy document (at most 10,000 characters) and the targets it was attached to:
    /// far below this, which only keeps a file named by mistake (a disk image, a log) from being read into memory.
    /// </summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    public static string Serialize(StateSnapshot snapshot) => SnapshotJson.Serialize(snapshot);

    /// <exception cref="CliException">Missing, a directory, too large, not UTF-8, unreadable or not a snapshot.</exception>
    public static StateSnapshot Read(string path)
    {
        var text = InputFile.ReadText(path, "snapshot file", MaxBytes);
        return Parse(text, path);
    }

    /// <exception cref="CliException">The text is not a snapshot; the message says where it stops being one.</exception>
    public static StateSnapshot Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (JsonSyntaxProblem.Find(text) is { } syntax)
        {
            throw new CliException($"{source} is not a snapshot file: not valid JSON at {syntax}.");
        }

        try
        {
            return SnapshotJson.Deserialize(text);
        }
        catch (JsonException e)
        {
            var what = e.Path is { Length: > 0 } path ? $"'{path}' does not hold what a snapshot has there" : "it does not have a snapshot's fields";
            throw new CliException($"{source} is not a snapshot file: {what}.", e);
        }
    }

    /// <summary>snapshot-20250101T120000123Z-cli-heal.json: sorts by time, says what took it.</summary>
    public static string FileNameFor(StateSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var trigger = new StringBuilder();
        foreach (var c in snapshot.Trigger)
        {
            trigger.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return $"snapshot-{snapshot.TakenAt.ToUniversalTime().ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}-{trigger}.json";
    }
}
