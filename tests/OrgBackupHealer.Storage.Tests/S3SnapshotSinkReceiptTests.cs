using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Storage.Tests;

[Collection(MotoStorageGroup.Name)]
[Trait("Needs", "moto")]
public sealed class S3SnapshotSinkReceiptTests(MotoStorageFixture moto)
{
    private static readonly StateSnapshot s_snapshot = new(
        new DateTimeOffset(2025, 3, 14, 9, 26, 53, 589, TimeSpan.Zero),
        "evt-1",
        "r-ab12",
        null,
        "org-backup-baseline",
        "p-backup123",
        """{"plans":{}}""",
        []);

    [Fact]
    public async Task TheReceiptIsTheS3AddressOfANewSnapshot()
    {
        // Arrange
        var bucket = await moto.CreateBucketAsync();
        var sink = new S3SnapshotSink(moto.S3, bucket);

        // Act
        var receipt = await sink.SaveAsync(s_snapshot, default);

        // Assert
        Assert.Equal($"s3://{bucket}/snapshots/2025/03/14/092653589-evt-1.json", receipt.Location);
        Assert.False(receipt.Reused);
    }

    [Fact]
    public void AnEmptyTriggerIsKeyedAsUnknown()
    {
        var key = S3SnapshotSink.KeyFor(s_snapshot with { Trigger = "" });

        Assert.Equal("snapshots/2025/03/14/092653589-unknown.json", key);
    }

    [Fact]
    public void ALongTriggerIsCutTo128Characters()
    {
        var key = S3SnapshotSink.KeyFor(s_snapshot with { Trigger = new string('a', 200) });

        Assert.Equal("snapshots/2025/03/14/092653589-" + new string('a', 128) + ".json", key);
    }
}
