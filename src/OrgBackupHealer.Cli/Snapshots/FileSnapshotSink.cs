using System.Text;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Snapshots;

/// <summary>
/// Writes the observed state to --snapshot-dir before the reconcile's first write and remembers where. Snapshots of
/// the simulated organization are marked as such, so restore never mistakes one for the real organization's.
/// </summary>
internal sealed class FileSnapshotSink(string directory, bool simulated) : ISnapshotSink
{
    /// <summary>--simulate runs keep their snapshots apart from the real organization's, under this subfolder.</summary>
    public const string SimulatedSubdirectory = "simulated";

    public string? WrittenPath { get; private set; }

    public async Task<SnapshotReceipt> SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        snapshot = snapshot with { Simulated = simulated };
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, SnapshotFiles.FileNameFor(snapshot));
        // CreateNew: never overwrite an earlier snapshot, it may be the only copy of a state worth restoring.
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        await using (file.ConfigureAwait(false))
        {
            await file.WriteAsync(Encoding.UTF8.GetBytes(SnapshotFiles.Serialize(snapshot)), cancellationToken).ConfigureAwait(false);
            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        WrittenPath = path;
        return new SnapshotReceipt(path, Reused: false);
    }
}
