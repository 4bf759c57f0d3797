namespace OrgBackupHealer.Storage.Tests;

/// <summary>The address as the CLI prints it, and what restore --from tells an operator who mistyped one.</summary>
public sealed class S3ObjectLocationFormatTests
{
    [Fact]
    public void WritesTheAddressAsS3BucketSlashKey()
    {
        Assert.Equal("s3://healer-snapshots/snapshots/a.json", new S3ObjectLocation("healer-snapshots", "snapshots/a.json").ToString());
    }

    [Fact]
    public void NamesTheExpectedFormWhenTheAddressIsNotS3()
    {
        var error = Assert.Throws<FormatException>(() => S3ObjectLocation.Parse("snapshots/a.json"));

        Assert.Equal("'snapshots/a.json' is not an s3://bucket/key address.", error.Message);
    }

    [Fact]
    public void SaysBothBucketAndKeyAreNeeded()
    {
        var error = Assert.Throws<FormatException>(() => S3ObjectLocation.Parse("s3://bucket-only"));

        Assert.Equal("'s3://bucket-only' needs both a bucket and a key: s3://bucket/key.", error.Message);
    }
}
