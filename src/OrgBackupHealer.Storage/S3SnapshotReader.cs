using Amazon.S3;
using Amazon.S3.Model;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Storage;

/// <summary>Loads a snapshot written by <see cref="S3SnapshotSink"/> back, for the CLI's <c>restore s3://bucket/key</c>.</summary>
public sealed class S3SnapshotReader(IAmazonS3 s3, long maxBytes)
{
    /// <summary>Far above any snapshot (policy documents of at most 10,000 characters and their targets); a larger object is not read.</summary>
    public const long MaxSnapshotBytes = 16 * 1024 * 1024;

    public S3SnapshotReader(IAmazonS3 s3)
        : this(s3, MaxSnapshotBytes)
    {
    }

    /// <exception cref="FormatException">The address is not s3://bucket/key.</exception>
    /// <exception cref="System.Text.Json.JsonException">The object is not a snapshot.</exception>
    /// <exception cref="AmazonS3Exception">S3 refused the read (e.g. NoSuchKey, AccessDenied).</exception>
    /// <exception cref="IOException">Larger than the reader's limit (<see cref="MaxSnapshotBytes"/>), or not UTF-8 (the message names the byte offset).</exception>
    public Task<StateSnapshot> ReadAsync(string s3Uri, CancellationToken cancellationToken) =>
        ReadAsync(S3ObjectLocation.Parse(s3Uri), cancellationToken);

    public async Task<StateSnapshot> ReadAsync(S3ObjectLocation location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        using var response = await s3.GetObjectAsync(new GetObjectRequest { BucketName = location.Bucket, Key = location.Key }, cancellationToken).ConfigureAwait(false);
        if (response.ContentLength > maxBytes)
        {
            throw new IOException($"'{location}' is {response.ContentLength:N0} bytes; at most {maxBytes:N0} are read.");
        }

        using var body = new MemoryStream();
        await response.ResponseStream.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
        return SnapshotJson.Deserialize(TextFiles.Decode(body.GetBuffer().AsSpan(0, (int)body.Length), location.ToString()));
    }
}
