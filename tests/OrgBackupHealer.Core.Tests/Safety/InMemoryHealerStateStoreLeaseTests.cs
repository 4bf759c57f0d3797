using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>A record's own end decides a claim, not the once-a-minute sweep that drops expired records.</summary>
public sealed class InMemoryHealerStateStoreLeaseTests
{
    private static readonly DateTimeOffset s_t0 = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private readonly InMemoryHealerStateStore _store = new();

    [Fact]
    public async Task ALeaseThatEndsNowCanBeClaimedAgainBeforeTheSweepDropsIt()
    {
        // Arrange: the first claim sweeps at t0, so the next sweep is not due until t0+1 min.
        await _store.TryClaimEventAsync("evt", "attempt-1", s_t0, s_t0.AddSeconds(10), default);

        // Act
        var atLeaseEnd = await _store.TryClaimEventAsync("evt", "attempt-2", s_t0.AddSeconds(10), s_t0.AddSeconds(40), default);

        // Assert: the expired record was still held, and did not stop the claim.
        Assert.Equal(EventClaim.Claimed, atLeaseEnd);
        Assert.Equal(1, _store.EventRecords);
    }
}
