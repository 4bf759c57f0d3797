using System.Text.Json.Nodes;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Snapshots;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Moto;

/// <summary>
/// restore --from s3://bucket/key, the snapshot the Lambda wrote to its bucket, read through the real S3 client at the
/// endpoint the command's environment names (AWS_ENDPOINT_URL_S3), with the environment's keys.
/// </summary>
[Collection(MotoServerDefinition.Name)]
[Trait("Needs", "moto")]
public sealed class MotoRestoreFromS3Tests(MotoServerFixture moto) : IAsyncLifetime, IDisposable
{
    private const string PolicyName = "org-backup-baseline";
    private const string Bucket = "healer-snapshots";
    private readonly MotoAdmin _admin = new(moto.Server);
    private readonly CliDriver _cli = new(environment: new Dictionary<string, string>(moto.Server.ClientEnvironment)
    {
        [SnapshotSource.EndpointVariable] = moto.Server.Endpoint.ToString(),
    });

    private readonly AmazonS3Client _s3 = new(
        new BasicAWSCredentials("testing", "testing"),
        new AmazonS3Config { ServiceURL = moto.Server.Endpoint.ToString(), AuthenticationRegion = "us-east-1", ForcePathStyle = true });

    private string _policyId = "";

    public async Task InitializeAsync()
    {
        await moto.Server.ResetAsync();
        await _admin.CreateOrganizationAsync();
        var setUp = await _cli.RunAsync("heal", "--yes");
        Assert.True(setUp.ExitCode == 0, setUp.Out + setUp.Error);
        Directory.Delete(_cli.SnapshotDirectory, recursive: true);
        _policyId = await _admin.BackupPolicyIdAsync(PolicyName);
        await _s3.PutBucketAsync(Bucket);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _s3.Dispose();
        _admin.Dispose();
        _cli.Dispose();
    }

    [Fact]
    public async Task RestoreFromTheSnapshotBucketPutsItsContentBack()
    {
        // A snapshot holding an edited content: taken by the heal that repaired the edit.
        var edited = OrganizationBreaker.Tamper(await ContentAsync());
        await _admin.CallAsync("UpdatePolicy", new JsonObject { ["PolicyId"] = _policyId, ["Content"] = edited });
        Assert.Equal(0, (await _cli.RunAsync("heal", "--yes")).ExitCode);
        var snapshot = Assert.Single(Directory.GetFiles(_cli.SnapshotDirectory));
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = "snapshots/before.json", FilePath = snapshot });

        var run = await _cli.RunAsync("restore", "--from", $"s3://{Bucket}/snapshots/before.json", "--yes");

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Equal(edited, await ContentAsync());
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"takenAt": 7}""")]
    public async Task AnObjectThatIsNotASnapshotIsOneLineNamingItAndNothingIsWritten(string body)
    {
        var before = await ContentAsync();
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = "snapshots/odd.json", ContentBody = body });

        var run = await _cli.RunAsync("restore", "--from", $"s3://{Bucket}/snapshots/odd.json", "--yes");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.StartsWith($"error: cannot read the snapshot s3://{Bucket}/snapshots/odd.json: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(before, await ContentAsync());
    }

    [Fact]
    public async Task AKeyTheBucketDoesNotHaveIsOneLineNamingTheSnapshotAndNothingIsWritten()
    {
        var before = await ContentAsync();

        var run = await _cli.RunAsync("restore", "--from", $"s3://{Bucket}/snapshots/missing.json", "--yes");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.StartsWith($"error: cannot read the snapshot s3://{Bucket}/snapshots/missing.json: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(before, await ContentAsync());
    }

    private async Task<string> ContentAsync() =>
        (await _admin.CallAsync("DescribePolicy", new JsonObject { ["PolicyId"] = _policyId }))["Policy"]!["Content"]!.GetValue<string>();
}
