using Amazon.Runtime;
using Amazon.S3;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Storage;

namespace OrgBackupHealer.Cli.Snapshots;

/// <summary>Reads the snapshot restore starts from: a local file, or s3://bucket/key from the Lambda's snapshot bucket.</summary>
internal static class SnapshotSource
{
    public const string EndpointVariable = "AWS_ENDPOINT_URL_S3";

    /// <exception cref="CliException">Missing, unreadable, not a snapshot, or S3 refused the read.</exception>
    public static async Task<StateSnapshot> ReadAsync(CliHost host, string from, string? profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (!S3ObjectLocation.IsS3Uri(from))
        {
            return SnapshotFiles.Read(host.ResolvePath(from));
        }

        try
        {
            var location = S3ObjectLocation.Parse(from);
            using var s3 = CreateS3Client(host, profile);
            return await new S3SnapshotReader(s3).ReadAsync(location, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FormatException or IOException or System.Text.Json.JsonException or AmazonServiceException or AmazonClientException)
        {
            throw new CliException($"cannot read the snapshot {from}: {e.Message.ReplaceLineEndings(" ")}", e);
        }
    }

    /// <summary>Region, endpoint (AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL) and credentials like the state table's client.</summary>
    private static AmazonS3Client CreateS3Client(CliHost host, string? profile)
    {
        var config = new AmazonS3Config();
        SdkClientSettings.Apply(host, config, EndpointVariable, "S3");

        // A local endpoint (moto, LocalStack) has no bucket subdomains.
        config.ForcePathStyle = config.ServiceURL is not null;
        return CliCredentials.Resolve(host, profile) is { } credentials ? new AmazonS3Client(credentials, config) : new AmazonS3Client(config);
    }
}
