using Amazon.DynamoDBv2.Model;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Storage.Tests;

[Collection(MotoStorageGroup.Name)]
[Trait("Needs", "moto")]
public sealed class DynamoDbHealerStateStoreTests(MotoStorageFixture moto)
{
    private static readonly DateTimeOffset s_now = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    [Fact]
    public async Task ClaimsANewEventAndReportsTheSecondClaimAsInProgress()
    {
        var store = await NewStoreAsync();

        var first = await store.TryClaimEventAsync("evt-1", "attempt-1", s_now, s_now.AddMinutes(5), default);
        var second = await store.TryClaimEventAsync("evt-1", "attempt-2", s_now.AddSeconds(1), s_now.AddMinutes(5), default);

        Assert.Equal(EventClaim.Claimed, first);
        Assert.Equal(EventClaim.InProgress, second);
    }

    [Fact]
    public async Task ReportsACompletedEventAsCompletedUntilItsRetentionEnds()
    {
        var store = await NewStoreAsync();
        await store.TryClaimEventAsync("evt-1", "attempt-3", s_now, s_now.AddMinutes(5), default);
        await store.CompleteEventAsync("evt-1", s_now.AddHours(24), default);

        var withinRetention = await store.TryClaimEventAsync("evt-1", "attempt-4", s_now.AddHours(23), s_now.AddHours(23).AddMinutes(5), default);
        var afterRetention = await store.TryClaimEventAsync("evt-1", "attempt-5", s_now.AddHours(25), s_now.AddHours(25).AddMinutes(5), default);

        Assert.Equal(EventClaim.Completed, withinRetention);
        Assert.Equal(EventClaim.Claimed, afterRetention);
    }

    [Fact]
    public async Task TakesOverAnInProgressRecordWhoseLeaseHasPassed()
    {
        var store = await NewStoreAsync();
        await store.TryClaimEventAsync("evt-crashed", "attempt-6", s_now, s_now.AddMinutes(5), default);

        var retry = await store.TryClaimEventAsync("evt-crashed", "attempt-7", s_now.AddMinutes(6), s_now.AddMinutes(11), default);

        Assert.Equal(EventClaim.Claimed, retry);
    }

    [Fact]
    public async Task TheRetryOfTheSameAttemptTakesOverItsInProgressClaimAtOnce()
    {
        var store = await NewStoreAsync();
        await store.TryClaimEventAsync("evt-retried", "req-1", s_now, s_now.AddMinutes(5), default);

        var otherDelivery = await store.TryClaimEventAsync("evt-retried", "req-2", s_now.AddMinutes(1), s_now.AddMinutes(6), default);
        var retry = await store.TryClaimEventAsync("evt-retried", "req-1", s_now.AddMinutes(1), s_now.AddMinutes(6), default);

        Assert.Equal((EventClaim.InProgress, EventClaim.Claimed), (otherDelivery, retry));
    }

    [Fact]
    public async Task TheSameAttemptNeverTakesOverACompletedEvent()
    {
        var store = await NewStoreAsync();
        await store.TryClaimEventAsync("evt-done-once", "req-1", s_now, s_now.AddMinutes(5), default);
        await store.CompleteEventAsync("evt-done-once", s_now.AddHours(24), default);

        var again = await store.TryClaimEventAsync("evt-done-once", "req-1", s_now.AddMinutes(1), s_now.AddMinutes(6), default);

        Assert.Equal(EventClaim.Completed, again);
    }

    [Fact]
    public async Task ReleasedEventCanBeClaimedAgainAtOnce()
    {
        var store = await NewStoreAsync();
        await store.TryClaimEventAsync("evt-failed", "attempt-8", s_now, s_now.AddMinutes(5), default);

        await store.ReleaseEventAsync("evt-failed", default);
        var retry = await store.TryClaimEventAsync("evt-failed", "attempt-9", s_now.AddSeconds(1), s_now.AddMinutes(5), default);

        Assert.Equal(EventClaim.Claimed, retry);
    }

    [Fact]
    public async Task ReleaseLeavesACompletedEventCompleted()
    {
        var store = await NewStoreAsync();
        await store.TryClaimEventAsync("evt-done", "attempt-10", s_now, s_now.AddMinutes(5), default);
        await store.CompleteEventAsync("evt-done", s_now.AddHours(24), default);

        await store.ReleaseEventAsync("evt-done", default);
        var again = await store.TryClaimEventAsync("evt-done", "attempt-11", s_now.AddSeconds(1), s_now.AddMinutes(5), default);

        Assert.Equal(EventClaim.Completed, again);
    }

    [Fact]
    public async Task WritesEventItemsWithStatusAndTtlInEpochSeconds()
    {
        var table = await moto.CreateStateTableAsync();
        var store = new DynamoDbHealerStateStore(moto.DynamoDb, table, new RecordedFaults());
        var keepUntil = s_now.AddHours(24);

        await store.TryClaimEventAsync("evt-ttl", "attempt-12", s_now, s_now.AddMinutes(5), default);
        await store.CompleteEventAsync("evt-ttl", keepUntil, default);
        var item = (await moto.DynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = table,
            Key = new() { ["pk"] = new AttributeValue { S = "event#evt-ttl" } },
        })).Item;

        Assert.Equal("COMPLETED", item["status"].S);
        Assert.Equal(keepUntil.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), item["expiresAt"].N);
        Assert.Equal(keepUntil.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), item["until"].N);
    }

    [Fact]
    public async Task ReadsEmptyStateFromANewTable()
    {
        var store = await NewStoreAsync();

        var state = await store.ReadStateAsync(default);

        Assert.Null(state.LastSettledAt);
        Assert.Empty(state.HealingRuns);
        Assert.Empty(state.Actors);
    }

    [Fact]
    public async Task RoundTripsSettledTimeHealingRunsAndActorsToTheMillisecond()
    {
        var store = await NewStoreAsync();
        var settledAt = s_now.AddMilliseconds(123);
        var actor = new DriftActor("arn:aws:iam::111111111111:user/terraform", "DetachPolicy", s_now.AddMilliseconds(7));

        await store.UpdateStateAsync(
            s => s.WithSettledAt(settledAt).WithHealingRunIf(true, s_now).WithHealingRunIf(true, s_now.AddMilliseconds(5)).WithActor(actor), default);
        var state = await store.ReadStateAsync(default);

        Assert.Equal(settledAt, state.LastSettledAt);
        Assert.Equal([s_now, s_now.AddMilliseconds(5)], state.HealingRuns);
        Assert.Equal([actor], state.Actors);
    }

    // moto applies condition expressions without a lock, so racing real threads against it proves nothing about
    // DynamoDB's atomicity; instead the competing write is made deterministically between this update's read and write.
    [Fact]
    public async Task RetriesAStateUpdateWhenAnotherWriterGotInBetween()
    {
        var store = await NewStoreAsync();
        await store.UpdateStateAsync(s => s.WithHealingRunIf(true, s_now), default);

        var calls = await UpdateWithCompetingWriteAsync(
            store, s => s.WithHealingRunIf(true, s_now.AddSeconds(2)), other => other.WithHealingRunIf(true, s_now.AddSeconds(1)));
        var state = await store.ReadStateAsync(default);

        Assert.Equal(2, calls);
        Assert.Equal([s_now, s_now.AddSeconds(1), s_now.AddSeconds(2)], state.HealingRuns);
    }

    [Fact]
    public async Task KeepsBothOfTwoFirstWritesToAnEmptyTable()
    {
        var store = await NewStoreAsync();

        var calls = await UpdateWithCompetingWriteAsync(store, s => s.WithHealingRunIf(true, s_now), other => other.WithSettledAt(s_now));
        var state = await store.ReadStateAsync(default);

        Assert.Equal(2, calls);
        Assert.Equal(s_now, state.LastSettledAt);
        Assert.Single(state.HealingRuns);
    }

    /// <summary>Runs <paramref name="change"/>; after its first read, and before its write, <paramref name="competing"/> is stored.</summary>
    private static async Task<int> UpdateWithCompetingWriteAsync(
        DynamoDbHealerStateStore store, Func<HealerState, HealerState> change, Func<HealerState, HealerState> competing)
    {
        using var firstReadDone = new ManualResetEventSlim();
        using var competingWritten = new ManualResetEventSlim();
        var calls = 0;
        var update = Task.Run(() => store.UpdateStateAsync(s =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                firstReadDone.Set();
                competingWritten.Wait();
            }

            return change(s);
        }, default));
        await Task.Run(firstReadDone.Wait);
        await store.UpdateStateAsync(competing, default);
        competingWritten.Set();
        await update;
        return calls;
    }

    private async Task<DynamoDbHealerStateStore> NewStoreAsync() =>
        new(moto.DynamoDb, await moto.CreateStateTableAsync(), new RecordedFaults());
}
