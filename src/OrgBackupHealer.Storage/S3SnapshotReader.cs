using Amazon.S3;
using Amazon.S3.Model;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Storage;

/// <summary>Loads a snapshot written by <see cref="S3SnapshotSink"/> back, for the CLI's <c>restore s3://bucket/key</c>.</summary>
public sealed class S3SnapshotReader(IAmazonS3 s3)
{
    /// <exception cref="FormatException">The address is not s3://bucket/key.</exception>
    /// <exception cref="System.Text.Json.JsonException">The object is not a snapshot.</exception>
    /// <exception cref="AmazonS3Exception">S3 refused the read (e.g. NoSuchKey, AccessDenied).</exception>
    public Task<StateSnapshot> ReadAsync(string s3Uri, CancellationToken cancellationToken) =>
        ReadAsync(S3ObjectLocation.Parse(s3Uri), cancellationToken);

    public async Task<StateSnapshot> ReadAsync(S3ObjectLocation location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        using var response = await s3.GetObjectAsync(new GetObjectRequest { BucketName = location.Bucket, Key = location.Key }, cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(response.ResponseStream);
        var json = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        return SnapshotJson.Deserialize(json);
    }
}
