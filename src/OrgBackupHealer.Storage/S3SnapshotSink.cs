using System.Globalization;
using System.Text;
using Amazon.S3;
using Amazon.S3.Model;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Storage;

/// <summary>
/// Writes each pre-write snapshot to HEALER_SNAPSHOT_BUCKET as
/// <c>snapshots/yyyy/MM/dd/HHmmssfff-&lt;trigger&gt;.json</c> (UTC; the trigger is the event id), encrypted at rest.
/// </summary>
public sealed class S3SnapshotSink(IAmazonS3 s3, string bucketName) : ISnapshotSink
{
    public async Task<SnapshotReceipt> SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var key = KeyFor(snapshot);
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucketName,
            Key = key,
            // No ContentType: the SDK sets the one of the key's extension, and KeyFor always ends it in ".json"
            // (S3SnapshotTests reads application/json back).
            ContentBody = SnapshotJson.Serialize(snapshot),
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
        }, cancellationToken).ConfigureAwait(false);
        return new SnapshotReceipt(new S3ObjectLocation(bucketName, key).ToString(), Reused: false);
    }

    public static string KeyFor(StateSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var at = snapshot.TakenAt.ToUniversalTime();
        return "snapshots/" + at.ToString("yyyy/MM/dd/HHmmssfff", CultureInfo.InvariantCulture) + "-" + SafeKeyPart(snapshot.Trigger) + ".json";
    }

    /// <summary>Event ids are GUIDs, but the trigger is free text: keep keys to characters S3 and shells treat literally.</summary>
    private static string SafeKeyPart(string trigger)
    {
        var safe = new StringBuilder();
        foreach (var c in trigger.Take(128))
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        return safe.Length == 0 ? "unknown" : safe.ToString();
    }
}
