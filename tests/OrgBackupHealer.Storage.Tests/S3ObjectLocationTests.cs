namespace OrgBackupHealer.Storage.Tests;

public sealed class S3ObjectLocationTests
{
    [Fact]
    public void ParsesBucketAndNestedKey()
    {
        var location = S3ObjectLocation.Parse("s3://healer-snapshots/snapshots/2024/05/01/120000000-evt.json");

        Assert.Equal("healer-snapshots", location.Bucket);
        Assert.Equal("snapshots/2024/05/01/120000000-evt.json", location.Key);
    }

    [Theory]
    [InlineData("snapshots/a.json")]
    [InlineData("s3://bucket-only")]
    [InlineData("s3://bucket/")]
    [InlineData("s3:///key")]
    [InlineData("https://bucket/key")]
    public void RejectsAddressesWithoutBucketAndKey(string value)
    {
        Assert.Throws<FormatException>(() => S3ObjectLocation.Parse(value));
    }

    [Fact]
    public void RecognisesS3AddressesButNotLocalPaths()
    {
        Assert.True(S3ObjectLocation.IsS3Uri("S3://b/k"));
        Assert.False(S3ObjectLocation.IsS3Uri("./snapshots/s3.json"));
    }
}
