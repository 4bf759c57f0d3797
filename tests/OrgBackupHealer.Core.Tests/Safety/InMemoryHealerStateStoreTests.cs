using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>The state store of a host without a state table: claims, leases, completions, releases, and its memory.</summary>
public sealed class InMemoryHealerStateStoreTests
{
    private static readonly DateTimeOffset s_t0 = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private readonly InMemoryHealerStateStore _store = new();

    [Fact]
    public async Task AnEventClaimedAndNotFinishedIsInProgressUntilItsLeaseEnds()
    {
        // Arrange
        await _store.TryClaimEventAsync("evt", "attempt-1", s_t0, s_t0.AddMinutes(5), default);

        // Act
        var during = await _store.TryClaimEventAsync("evt", "attempt-2", s_t0.AddMinutes(4), s_t0.AddMinutes(9), default);
        var atLeaseEnd = await _store.TryClaimEventAsync("evt", "attempt-3", s_t0.AddMinutes(9), s_t0.AddMinutes(14), default);

        // Assert: the second claim took a lease until t0+9 min; at that instant it has ended.
        Assert.Equal(EventClaim.InProgress, during);
        Assert.Equal(EventClaim.Claimed, atLeaseEnd);
    }

    [Fact]
    public async Task ACompletedEventIsCompletedUntilItsRetentionEnds()
    {
        // Arrange
        await _store.TryClaimEventAsync("evt", "attempt-4", s_t0, s_t0.AddMinutes(5), default);
        await _store.CompleteEventAsync("evt", s_t0.AddHours(24), default);

        // Act
        var retried = await _store.TryClaimEventAsync("evt", "attempt-5", s_t0.AddHours(23), s_t0.AddHours(23).AddMinutes(5), default);

        // Assert
        Assert.Equal(EventClaim.Completed, retried);
    }

    [Fact]
    public async Task ReleasingAnEventInProgressLetsTheNextDeliveryClaimIt()
    {
        // Arrange
        await _store.TryClaimEventAsync("evt", "attempt-6", s_t0, s_t0.AddMinutes(5), default);

        // Act
        await _store.ReleaseEventAsync("evt", default);
        var retried = await _store.TryClaimEventAsync("evt", "attempt-7", s_t0.AddMinutes(1), s_t0.AddMinutes(6), default);

        // Assert
        Assert.Equal(EventClaim.Claimed, retried);
    }

    [Fact]
    public async Task ReleasingACompletedEventKeepsItCompleted()
    {
        // Arrange
        await _store.TryClaimEventAsync("evt", "attempt-8", s_t0, s_t0.AddMinutes(5), default);
        await _store.CompleteEventAsync("evt", s_t0.AddHours(24), default);

        // Act
        await _store.ReleaseEventAsync("evt", default);
        var retried = await _store.TryClaimEventAsync("evt", "attempt-9", s_t0.AddMinutes(1), s_t0.AddMinutes(6), default);

        // Assert
        Assert.Equal(EventClaim.Completed, retried);
    }

    [Fact]
    public async Task ExpiredRecordsAreDroppedAtMostOnceAMinute()
    {
        // Arrange: the first claim sweeps (nothing to drop) and schedules the next sweep for t0+1 min.
        await _store.TryClaimEventAsync("short", "attempt-10", s_t0, s_t0.AddSeconds(10), default);

        // Act
        await _store.TryClaimEventAsync("long-1", "attempt-11", s_t0.AddSeconds(30), s_t0.AddHours(1), default);
        var beforeTheSweep = _store.EventRecords;
        await _store.TryClaimEventAsync("long-2", "attempt-12", s_t0.AddMinutes(1), s_t0.AddHours(1), default);
        var afterTheSweep = _store.EventRecords;

        // Assert: at t0+30 s "short" has expired but stays until the sweep at t0+1 min drops it.
        Assert.Equal(2, beforeTheSweep);
        Assert.Equal(2, afterTheSweep);
    }

    [Fact]
    public async Task ARecordIsExpiredAtTheEndOfItsLease()
    {
        // Arrange
        await _store.TryClaimEventAsync("ends-at-the-sweep", "attempt-13", s_t0, s_t0.AddMinutes(1), default);

        // Act
        await _store.TryClaimEventAsync("next", "attempt-14", s_t0.AddMinutes(1), s_t0.AddHours(1), default);

        // Assert
        Assert.Equal(1, _store.EventRecords);
    }

    [Fact]
    public async Task AnUpdateOfTheStateIsWhatTheNextReadSees()
    {
        // Arrange
        var settled = s_t0.AddMinutes(3);

        // Act
        var updated = await _store.UpdateStateAsync(s => s.WithSettledAt(settled), default);
        var read = await _store.ReadStateAsync(default);

        // Assert
        Assert.Equal(settled, updated.LastSettledAt);
        Assert.Same(updated, read);
    }

    [Fact]
    public async Task TheRetryOfTheSameAttemptTakesOverItsInProgressClaimButNeverACompletedOne()
    {
        await _store.TryClaimEventAsync("evt", "req-1", s_t0, s_t0.AddMinutes(5), default);
        var otherDelivery = await _store.TryClaimEventAsync("evt", "req-2", s_t0.AddMinutes(1), s_t0.AddMinutes(6), default);
        var retry = await _store.TryClaimEventAsync("evt", "req-1", s_t0.AddMinutes(1), s_t0.AddMinutes(6), default);
        await _store.CompleteEventAsync("evt", s_t0.AddHours(24), default);
        var afterCompletion = await _store.TryClaimEventAsync("evt", "req-1", s_t0.AddMinutes(2), s_t0.AddMinutes(7), default);

        Assert.Equal((EventClaim.InProgress, EventClaim.Claimed, EventClaim.Completed), (otherDelivery, retry, afterCompletion));
    }
}
