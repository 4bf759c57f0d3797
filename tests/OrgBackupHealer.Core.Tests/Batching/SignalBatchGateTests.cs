using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Batching;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Core.Tests.Safety;

using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests.Batching;

public sealed class SignalBatchGateTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero));
    private readonly CountingStateStore _store = new();
    private readonly SignalBatchGate _gate;

    public SignalBatchGateTests()
    {
        _gate = new SignalBatchGate(_store, _time, new SafetyOptions { CoalesceWindow = TimeSpan.FromSeconds(60) }, new RecordingStateStoreFaults());
    }

    [Fact]
    public async Task BatchWithNothingToDecideCostsNoStateTableRequest()
    {
        // Act
        var decision = await _gate.DecideAsync([], newestSymptom: null, leaseUntil: null, default);

        // Assert
        Assert.Null(decision.Decision);
        Assert.False(decision.ShouldReconcile);
        Assert.Equal(0, _store.Requests);
    }

    [Fact]
    public async Task SymptomFromBeforeTheLastSettledReconcileIsCoalesced()
    {
        // Arrange
        var before = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromMinutes(30));
        await SettleAsync();
        _time.Advance(TimeSpan.FromMinutes(30));

        // Act
        var decision = await _gate.DecideAsync([], before, null, default);

        // Assert
        Assert.Equal(GateVerdict.SkipCoalesced, decision.Decision!.Verdict);
    }

    [Fact]
    public async Task SymptomThatHappenedAsTheWindowClosedRuns()
    {
        // Arrange
        var settled = await SettleAsync();
        _time.Advance(TimeSpan.FromMinutes(5));

        // Act
        var decision = await _gate.DecideAsync([], settled.AddSeconds(60), null, default);

        // Assert
        Assert.Equal(GateVerdict.Run, decision.Decision!.Verdict);
    }

    [Fact]
    public async Task ClaimedDriftRunsInsideTheWindowAndRecordsItsActorWithOneStateUpdate()
    {
        // Arrange
        await SettleAsync();
        var requestsBefore = _store.Requests;
        var drift = new GateRequest(ReconcileTrigger.DriftSignal, "evt-drift", Actor: new DriftActor("arn:aws:sts::222222222222:assumed-role/Ops/erin", "DetachPolicy", _time.GetUtcNow()));

        // Act
        var decision = await _gate.DecideAsync([drift], _time.GetUtcNow(), null, default);

        // Assert: one claim, one read-and-write of the state with the actor in it; no separate read.
        Assert.Equal(GateVerdict.Run, decision.Decision!.Verdict);
        Assert.Equal([drift], decision.Claimed);
        Assert.Equal(requestsBefore + 3, _store.Requests);
    }

    [Fact]
    public async Task RecordingAReconcileForManyClaimsWritesTheStateOnceAndCompletesEachClaim()
    {
        // Arrange
        var claims = Enumerable.Range(0, 3).Select(i => new GateRequest(ReconcileTrigger.Scheduled, $"evt-{i}")).ToList();
        var decision = await _gate.DecideAsync(claims, null, null, default);
        var requestsBefore = _store.Requests;

        // Act
        await _gate.RecordOutcomeAsync(decision, ReconcileResults.AsSet(ReconcileResults.Fixed(2)), default);
        var recorded = _store.Requests - requestsBefore;
        var again = await _gate.DecideAsync(claims, null, null, default);

        // Assert: one healing run (a read-and-write) for the whole batch, and every claimed id is now a duplicate.
        Assert.Equal(2 + 3, recorded);
        Assert.Equal(3, again.Duplicates.Count);
        Assert.Null(again.Decision);
    }

    private async Task<DateTimeOffset> SettleAsync()
    {
        var decision = await _gate.DecideAsync([], _time.GetUtcNow(), null, default);
        await _gate.RecordOutcomeAsync(decision, ReconcileResults.AsSet(ReconcileResults.FoundHealthy()), default);
        return _time.GetUtcNow();
    }
}
