using Amazon.DynamoDBv2.Model;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Storage.Tests;

/// <summary>
/// A state table edited by hand cannot stop the healer: against moto, every attribute of the state item and of event
/// claims overwritten with a wrong type reads as empty (or absent), is reported once per read, and the next write
/// replaces it.
/// </summary>
[Collection(MotoStorageGroup.Name)]
[Trait("Needs", "moto")]
public sealed class UnreadableStateItemTests(MotoStorageFixture moto)
{
    private static readonly DateTimeOffset s_now = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(WrongTypes.Kinds), MemberType = typeof(WrongTypes))]
    public async Task AStateItemWithEveryAttributeOfAWrongTypeReadsAsEmptyIsReportedAndIsReplacedByTheNextWrite(string kind)
    {
        // Arrange: a state the healer wrote, then every attribute but the key overwritten.
        var (store, faults, table) = await NewStoreAsync();
        await store.UpdateStateAsync(
            s => s.WithSettledAt(s_now).WithHealingRunIf(true, s_now).WithActor(new DriftActor("arn:aws:iam::111111111111:user/terraform", "DetachPolicy", s_now)), default);
        await OverwriteAsync(table, "state", new()
        {
            ["settledAt"] = WrongTypes.Of(kind, "N"),
            ["healingRuns"] = WrongTypes.Of(kind, "L"),
            ["actors"] = WrongTypes.Of(kind, "L"),
            ["version"] = WrongTypes.Of(kind, "N"),
        });

        // Act
        var read = await store.ReadStateAsync(default);
        var written = await store.UpdateStateAsync(s => s.WithHealingRunIf(true, s_now.AddMinutes(1)), default);
        var reread = await store.ReadStateAsync(default);

        // Assert: empty, reported by the read and by the update's read, and whole again after the write.
        Assert.Equal(HealerState.Empty.LastSettledAt, read.LastSettledAt);
        Assert.Empty(read.HealingRuns);
        Assert.Empty(read.Actors);
        Assert.Equal(["reading the healer state", "updating the healer state"], faults.Reported.Select(f => f.Operation));
        var unreadable = Assert.IsType<UnreadableStateItemException>(faults.Reported[0].Failure);
        Assert.Equal("state", unreadable.ItemKey);
        Assert.Equal([s_now.AddMinutes(1)], written.HealingRuns);
        Assert.Equal([s_now.AddMinutes(1)], reread.HealingRuns);
        Assert.Equal(2, faults.Reported.Count);
    }

    [Theory]
    [MemberData(nameof(WrongTypes.Kinds), MemberType = typeof(WrongTypes))]
    public async Task AnEventClaimWithEveryAttributeOfAWrongTypeIsClaimableAndReported(string kind)
    {
        // Arrange: a claim completed for the next 24 hours, then every attribute but the key overwritten.
        var (store, faults, table) = await NewStoreAsync();
        await store.TryClaimEventAsync("evt-edited", "attempt-1", s_now, s_now.AddMinutes(5), default);
        await store.CompleteEventAsync("evt-edited", s_now.AddHours(24), default);
        await OverwriteAsync(table, "event#evt-edited", new()
        {
            ["status"] = WrongTypes.Of(kind, "S"),
            ["until"] = WrongTypes.Of(kind, "N"),
            ["expiresAt"] = WrongTypes.Of(kind, "N"),
        });

        // Act
        var claim = await store.TryClaimEventAsync("evt-edited", "attempt-2", s_now.AddMinutes(1), s_now.AddMinutes(6), default);
        var duplicate = await store.TryClaimEventAsync("evt-edited", "attempt-3", s_now.AddMinutes(2), s_now.AddMinutes(7), default);

        // Assert: the edited item did not block; the claim that replaced it does.
        Assert.Equal(EventClaim.Claimed, claim);
        Assert.Equal(EventClaim.InProgress, duplicate);
        var (operation, failure) = Assert.Single(faults.Reported);
        Assert.Equal("claiming event evt-edited", operation);
        Assert.Equal("event#evt-edited", Assert.IsType<UnreadableStateItemException>(failure).ItemKey);
    }

    [Theory]
    [InlineData("status", "S", "DONE")]
    [InlineData("until", "S", "tomorrow")]
    public async Task AnEventClaimWithOneUnreadableAttributeDoesNotBlock(string attribute, string type, string value)
    {
        // Arrange
        var (store, faults, table) = await NewStoreAsync();
        await store.TryClaimEventAsync("evt-1", "attempt-4", s_now, s_now.AddMinutes(5), default);
        await OverwriteAsync(table, "event#evt-1", new() { [attribute] = type == "S" ? new AttributeValue { S = value } : new AttributeValue { N = value } });

        // Act
        var claim = await store.TryClaimEventAsync("evt-1", "attempt-5", s_now.AddSeconds(1), s_now.AddMinutes(5), default);

        // Assert
        Assert.Equal(EventClaim.Claimed, claim);
        Assert.Contains(attribute, Assert.Single(faults.Reported).Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TakingOverAnExpiredClaimWhoseExpiryIsUnreadableReportsIt()
    {
        // Arrange: the lease is over, but TTL would never have removed the item.
        var (store, faults, table) = await NewStoreAsync();
        await store.TryClaimEventAsync("evt-1", "attempt-6", s_now, s_now.AddMinutes(5), default);
        await OverwriteAsync(table, "event#evt-1", new() { ["expiresAt"] = new AttributeValue { S = "never" } });

        // Act
        var claim = await store.TryClaimEventAsync("evt-1", "attempt-7", s_now.AddMinutes(6), s_now.AddMinutes(11), default);

        // Assert
        Assert.Equal(EventClaim.Claimed, claim);
        Assert.Contains("expiresAt is the string \"never\"", Assert.Single(faults.Reported).Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountsOnlyTheEventClaimsStillInForce()
    {
        // Arrange: one claim in progress, one completed and kept, one whose retention has passed, and the state item.
        var (store, _, _) = await NewStoreAsync();
        await store.TryClaimEventAsync("evt-live", "attempt-8", s_now, s_now.AddMinutes(5), default);
        await store.CompleteEventAsync("evt-kept", s_now.AddHours(23), default);
        await store.CompleteEventAsync("evt-gone", s_now.AddMinutes(-1), default);
        await store.UpdateStateAsync(s => s.WithSettledAt(s_now), default);

        // Act
        var count = await store.CountEventClaimsAsync(s_now, default);

        // Assert
        Assert.Equal(2, count);
    }

    [Fact]
    public async Task TakingOverAnExpiredLeaseReportsNothing()
    {
        // Arrange
        var (store, faults, _) = await NewStoreAsync();
        await store.TryClaimEventAsync("evt-crashed", "attempt-9", s_now, s_now.AddMinutes(5), default);

        // Act
        var claim = await store.TryClaimEventAsync("evt-crashed", "attempt-10", s_now.AddMinutes(6), s_now.AddMinutes(11), default);

        // Assert
        Assert.Equal(EventClaim.Claimed, claim);
        Assert.Empty(faults.Reported);
    }

    [Fact]
    public async Task AStateItemWithoutAVersionIsReplacedOnce()
    {
        // Arrange: an item made by hand, with no version for the write's condition to compare.
        var (store, faults, table) = await NewStoreAsync();
        await moto.DynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = table,
            Item = new() { ["pk"] = new AttributeValue { S = "state" }, ["healingRuns"] = new AttributeValue { L = [] } },
        });

        // Act
        var written = await store.UpdateStateAsync(s => s.WithSettledAt(s_now), default);
        var item = (await moto.DynamoDb.GetItemAsync(table, new() { ["pk"] = new AttributeValue { S = "state" } })).Item;

        // Assert
        Assert.Equal(s_now, written.LastSettledAt);
        Assert.Equal("1", item["version"].N);
        Assert.Contains("version is missing", Assert.Single(faults.Reported).Failure.Message, StringComparison.Ordinal);
    }

    private async Task OverwriteAsync(string table, string key, Dictionary<string, AttributeValue> attributes)
    {
        var item = (await moto.DynamoDb.GetItemAsync(table, new() { ["pk"] = new AttributeValue { S = key } })).Item;
        foreach (var (name, value) in attributes)
        {
            item[name] = value;
        }

        await moto.DynamoDb.PutItemAsync(new PutItemRequest { TableName = table, Item = item });
    }

    private async Task<(DynamoDbHealerStateStore Store, RecordedFaults Faults, string Table)> NewStoreAsync()
    {
        var table = await moto.CreateStateTableAsync();
        var faults = new RecordedFaults();
        return (new DynamoDbHealerStateStore(moto.DynamoDb, table, faults), faults, table);
    }
}
