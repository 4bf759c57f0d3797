using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;

using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests.Safety;

public sealed class ReconcileGateIdempotencyTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero));
    private readonly ReconcileGate _gate;

    public ReconcileGateIdempotencyTests()
    {
        _gate = new ReconcileGate(new InMemoryHealerStateStore(), _time, new SafetyOptions(), new RecordingStateStoreFaults());
    }

    [Fact]
    public async Task SecondDeliveryOfAProcessedEventIsADuplicate()
    {
        var request = new GateRequest(ReconcileTrigger.DriftSignal, "evt-1");
        var first = await _gate.DecideAsync(request, default);
        await _gate.RecordOutcomeAsync(first, ReconcileResults.AsSet(ReconcileResults.Fixed(1)), default);
        _time.Advance(TimeSpan.FromMinutes(3));

        var second = await _gate.DecideAsync(request, default);

        Assert.Equal(GateVerdict.Run, first.Verdict);
        Assert.Equal(GateVerdict.SkipDuplicate, second.Verdict);
        Assert.Equal(IgnoreReason.Duplicate, second.IgnoreReason);
    }

    [Fact]
    public async Task ConcurrentDuplicatesRunExactlyOnce()
    {
        var request = new GateRequest(ReconcileTrigger.ErrorSignal, "evt-twice");
        using var start = new Barrier(2);

        var decisions = await Task.WhenAll(
            Task.Run(() => { start.SignalAndWait(); return _gate.DecideAsync(request, default); }),
            Task.Run(() => { start.SignalAndWait(); return _gate.DecideAsync(request, default); }));

        Assert.Single(decisions, d => d.ShouldReconcile);
        Assert.Single(decisions, d => d.Verdict == GateVerdict.SkipDuplicate);
    }

    [Fact]
    public async Task ManyConcurrentDeliveriesOfOneEventRunOnce()
    {
        var request = new GateRequest(ReconcileTrigger.Scheduled, "evt-many");

        var decisions = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => _gate.DecideAsync(request, default))));

        Assert.Equal(1, decisions.Count(d => d.ShouldReconcile));
    }

    [Fact]
    public async Task InProgressEventWithinItsLeaseIsADuplicate()
    {
        var deadline = _time.GetUtcNow().AddMinutes(5);
        await _gate.DecideAsync(new GateRequest(ReconcileTrigger.ErrorSignal, "evt-slow", deadline), default);
        _time.Advance(TimeSpan.FromMinutes(4));

        var retry = await _gate.DecideAsync(new GateRequest(ReconcileTrigger.ErrorSignal, "evt-slow", deadline.AddMinutes(4)), default);

        Assert.Equal(GateVerdict.SkipDuplicate, retry.Verdict);
    }

    [Fact]
    public async Task InProgressEventOlderThanItsLeaseRunsAgain()
    {
        var deadline = _time.GetUtcNow().AddMinutes(5);
        await _gate.DecideAsync(new GateRequest(ReconcileTrigger.ErrorSignal, "evt-crashed", deadline), default);
        _time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromMilliseconds(1));

        var retry = await _gate.DecideAsync(new GateRequest(ReconcileTrigger.ErrorSignal, "evt-crashed", deadline.AddMinutes(6)), default);

        Assert.Equal(GateVerdict.Run, retry.Verdict);
    }

    [Fact]
    public async Task FailedAttemptIsReleasedSoTheRetryRunsAtOnce()
    {
        var request = new GateRequest(ReconcileTrigger.ErrorSignal, "evt-failed", _time.GetUtcNow().AddMinutes(5));
        var first = await _gate.DecideAsync(request, default);
        await _gate.RecordFailureAsync(first, ReconcileResults.Failure(FailureKind.Transient), default);
        _time.Advance(TimeSpan.FromSeconds(70));

        var retry = await _gate.DecideAsync(request, default);

        Assert.Equal(GateVerdict.Run, retry.Verdict);
    }

    [Fact]
    public async Task CoalescedEventIsRememberedSoItsRedeliveryIsADuplicate()
    {
        var healthy = await _gate.DecideAsync(new GateRequest(ReconcileTrigger.Scheduled, "schedule-1"), default);
        await _gate.RecordOutcomeAsync(healthy, ReconcileResults.AsSet(ReconcileResults.FoundHealthy()), default);
        var coalesced = await _gate.DecideAsync(new GateRequest(ReconcileTrigger.ErrorSignal, "evt-symptom"), default);
        _time.Advance(TimeSpan.FromMinutes(10));

        var redelivered = await _gate.DecideAsync(new GateRequest(ReconcileTrigger.ErrorSignal, "evt-symptom"), default);

        Assert.Equal(GateVerdict.SkipCoalesced, coalesced.Verdict);
        Assert.Equal(GateVerdict.SkipDuplicate, redelivered.Verdict);
    }

    [Fact]
    public async Task ProcessedEventIsForgottenAfterItsRetention()
    {
        var request = new GateRequest(ReconcileTrigger.DriftSignal, "evt-old");
        var first = await _gate.DecideAsync(request, default);
        await _gate.RecordOutcomeAsync(first, ReconcileResults.AsSet(ReconcileResults.Fixed(1)), default);
        _time.Advance(new SafetyOptions().EventRetention + TimeSpan.FromSeconds(1));

        var late = await _gate.DecideAsync(request, default);

        Assert.Equal(GateVerdict.Run, late.Verdict);
    }

    [Fact]
    public async Task AnAttemptTheHostAbandonedIsReleasedSoTheRedeliveryRunsAtOnce()
    {
        // Arrange: the host's own code failed after the gate let the event through.
        var request = new GateRequest(ReconcileTrigger.DriftSignal, "evt-crashed", _time.GetUtcNow().AddMinutes(5));
        var first = await _gate.DecideAsync(request, default);
        await _gate.ReleaseAsync(first, default);

        // Act
        var redelivered = await _gate.DecideAsync(request, default);

        // Assert
        Assert.Equal(GateVerdict.Run, redelivered.Verdict);
    }
}
