using Amazon.S3;
using Amazon.S3.Model;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Storage.Tests;

[Collection(MotoStorageGroup.Name)]
[Trait("Needs", "moto")]
public sealed class S3SnapshotTests(MotoStorageFixture moto)
{
    private static readonly StateSnapshot s_snapshot = new(
        new DateTimeOffset(2025, 3, 14, 9, 26, 53, 589, TimeSpan.Zero),
        "6f1c2b9e-0d7a-4c1e-9a55-3f0e1d2c4b6a",
        "r-ab12",
        null,
        "org-backup-baseline",
        "p-backup123",
        """{"plans":{"daily":{"regions":{"@@assign":["us-east-1"]}}}}""",
        ["ou-ab12-11111111"]);

    [Fact]
    public void KeysSnapshotsByUtcTimeAndTrigger()
    {
        var key = S3SnapshotSink.KeyFor(s_snapshot with { TakenAt = s_snapshot.TakenAt.ToOffset(TimeSpan.FromHours(2)) });

        Assert.Equal("snapshots/2025/03/14/092653589-6f1c2b9e-0d7a-4c1e-9a55-3f0e1d2c4b6a.json", key);
    }

    [Fact]
    public void ReplacesKeyUnsafeCharactersInTheTrigger()
    {
        var key = S3SnapshotSink.KeyFor(s_snapshot with { Trigger = "../cli run/#1" });

        Assert.Equal("snapshots/2025/03/14/092653589-.._cli_run__1.json", key);
    }

    [Fact]
    public async Task WritesTheSnapshotEncryptedAsJson()
    {
        var bucket = await moto.CreateBucketAsync();
        var sink = new S3SnapshotSink(moto.S3, bucket);

        await sink.SaveAsync(s_snapshot, default);
        var metadata = await moto.S3.GetObjectMetadataAsync(bucket, S3SnapshotSink.KeyFor(s_snapshot));

        Assert.Equal(ServerSideEncryptionMethod.AES256, metadata.ServerSideEncryptionMethod);
        Assert.Equal("application/json", metadata.Headers.ContentType);
    }

    [Fact]
    public async Task ReadsBackWhatTheSinkWroteFromAnS3Address()
    {
        var bucket = await moto.CreateBucketAsync();
        await new S3SnapshotSink(moto.S3, bucket).SaveAsync(s_snapshot, default);
        var reader = new S3SnapshotReader(moto.S3);

        var read = await reader.ReadAsync($"s3://{bucket}/{S3SnapshotSink.KeyFor(s_snapshot)}", default);

        Assert.Equal(s_snapshot with { AttachedTargetIds = [] }, read with { AttachedTargetIds = [] });
        Assert.Equal(s_snapshot.AttachedTargetIds, read.AttachedTargetIds);
    }

    [Fact]
    public async Task ReportsAMissingSnapshotAsNoSuchKey()
    {
        var bucket = await moto.CreateBucketAsync();
        var reader = new S3SnapshotReader(moto.S3);

        var error = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => reader.ReadAsync($"s3://{bucket}/snapshots/missing.json", default));

        Assert.Equal("NoSuchKey", error.ErrorCode);
    }

    [Fact]
    public async Task RejectsAnObjectThatIsNotASnapshot()
    {
        var bucket = await moto.CreateBucketAsync();
        await moto.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "notes.txt", ContentBody = "not json" });
        var reader = new S3SnapshotReader(moto.S3);

        await Assert.ThrowsAsync<System.Text.Json.JsonException>(() => reader.ReadAsync($"s3://{bucket}/notes.txt", default));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public async Task ReadsASnapshotUpToItsSizeLimitAndRefusesOneByteMoreWithoutReadingIt(int slack, bool read)
    {
        // Arrange: the reader's limit is the object's size (plus the slack).
        var bucket = await moto.CreateBucketAsync();
        await new S3SnapshotSink(moto.S3, bucket).SaveAsync(s_snapshot, default);
        var key = S3SnapshotSink.KeyFor(s_snapshot);
        var size = (await moto.S3.GetObjectMetadataAsync(bucket, key)).ContentLength;
        var reader = new S3SnapshotReader(moto.S3, size + slack);

        // Act
        var error = await Record.ExceptionAsync(() => reader.ReadAsync($"s3://{bucket}/{key}", default));

        // Assert
        Assert.Equal(read, error is null);
        if (!read)
        {
            Assert.Equal($"'s3://{bucket}/{key}' is {size:N0} bytes; at most {size - 1:N0} are read.", Assert.IsType<IOException>(error).Message);
        }
    }

    [Fact]
    public async Task RefusesASnapshotObjectThatIsNotUtf8AndNamesTheByte()
    {
        // Arrange: a Latin-1 "é" as the third byte.
        var bucket = await moto.CreateBucketAsync();
        await moto.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "latin1.json", InputStream = new MemoryStream([(byte)'{', (byte)'"', 0xE9, (byte)'"', (byte)'}']) });

        // Act
        var error = await Record.ExceptionAsync(() => new S3SnapshotReader(moto.S3).ReadAsync($"s3://{bucket}/latin1.json", default));

        // Assert
        Assert.Contains("is not UTF-8: byte 2 (0xE9)", Assert.IsType<IOException>(error).Message, StringComparison.Ordinal);
    }
}
