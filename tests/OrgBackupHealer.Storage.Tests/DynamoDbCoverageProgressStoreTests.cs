using Amazon.DynamoDBv2.Model;
using OrgBackupHealer.Core.Coverage;

namespace OrgBackupHealer.Storage.Tests;

/// <summary>Where the coverage checks stopped, kept in the state table between scheduled runs.</summary>
[Collection(MotoStorageGroup.Name)]
[Trait("Needs", "moto")]
public sealed class DynamoDbCoverageProgressStoreTests(MotoStorageFixture moto)
{
    [Fact]
    public async Task AnEmptyTableStartsACycleAtTheRoot()
    {
        var store = new DynamoDbCoverageProgressStore(moto.DynamoDb, await moto.CreateStateTableAsync());

        Assert.Equal(CoverageProgress.Start, await store.ReadAsync(default));
    }

    [Fact]
    public async Task AProgressReadsBackAsWritten()
    {
        var store = new DynamoDbCoverageProgressStore(moto.DynamoDb, await moto.CreateStateTableAsync());
        var progress = new CoverageProgress([new("ou-ab12-11111111", "Workloads"), new("ou-ab12-22222222", "Production")], 1_234, 7, 3);

        await store.WriteAsync(progress, default);
        var read = await store.ReadAsync(default);

        Assert.Equal(progress.Resume, read.Resume);
        Assert.Equal((1_234, 7, (int?)3), (read.CycleJudged, read.CycleOverridden, read.LastCycleOverridden));
    }

    [Fact]
    public async Task AFirstCycleHasNoLastCycleCount()
    {
        var store = new DynamoDbCoverageProgressStore(moto.DynamoDb, await moto.CreateStateTableAsync());

        await store.WriteAsync(new CoverageProgress([], 0, 0, null), default);

        Assert.Null((await store.ReadAsync(default)).LastCycleOverridden);
    }

    [Theory]
    [InlineData("resume")]
    [InlineData("cycleJudged")]
    [InlineData("cycleOverridden")]
    [InlineData("lastCycleOverridden")]
    public async Task AnAttributeOfTheWrongTypeIsUnreadableNotAWrongProgress(string attribute)
    {
        // Arrange: a valid item, then one attribute replaced by a string (a hand edit).
        var table = await moto.CreateStateTableAsync();
        var store = new DynamoDbCoverageProgressStore(moto.DynamoDb, table);
        await store.WriteAsync(new CoverageProgress([new("ou-ab12-11111111", "Workloads")], 1, 0, 2), default);
        await moto.DynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = table,
            Key = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { ["pk"] = new() { S = DynamoDbCoverageProgressStore.ItemKey } },
            UpdateExpression = "SET #a = :v",
            ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#a"] = attribute },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [":v"] = new() { S = "edited" } },
        });

        // Act / Assert
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => store.ReadAsync(default));
        Assert.Contains(attribute, error.Message, StringComparison.Ordinal);
    }
}
