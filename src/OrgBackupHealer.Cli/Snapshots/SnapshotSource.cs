using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.S3;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Storage;

namespace OrgBackupHealer.Cli.Snapshots;

/// <summary>Reads the snapshot restore starts from: a local file, or s3://bucket/key from the Lambda's snapshot bucket.</summary>
internal static class SnapshotSource
{
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

    /// <summary>Credentials like the Organizations client (profile first, then the SDK's default chain); the SDK honours AWS_ENDPOINT_URL_S3.</summary>
    private static AmazonS3Client CreateS3Client(CliHost host, string? profile)
    {
        var region = RegionEndpoint.GetBySystemName(host.Environment("AWS_REGION") is { Length: > 0 } name ? name : "us-east-1");
        var chosen = AwsProfileSelection.Choose(profile, host.Environment);
        if (chosen is null)
        {
            return new AmazonS3Client(region);
        }

        return new CredentialProfileStoreChain().TryGetAWSCredentials(chosen, out var credentials)
            ? new AmazonS3Client(credentials, region)
            : throw new CliException($"AWS profile '{chosen}' was not found or has no usable credentials. Check ~/.aws/config, or run 'aws sso login --profile {chosen}'.");
    }
}
