using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Safety;

using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests.Safety;

public sealed class ReconcileGateCoalescingTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero));
    private readonly ReconcileGate _gate;
    private int _nextEvent;

    public ReconcileGateCoalescingTests()
    {
        _gate = new ReconcileGate(new InMemoryHealerStateStore(), _time, new SafetyOptions { CoalesceWindow = TimeSpan.FromSeconds(60) }, new RecordingStateStoreFaults());
    }

    [Fact]
    public async Task ErrorSignalWithinTheWindowAfterAHealthyReconcileIsCoalesced()
    {
        await RunAsync(ReconcileTrigger.ErrorSignal, ReconcileResults.FoundHealthy());
        _time.Advance(TimeSpan.FromSeconds(59));

        var decision = await DecideAsync(ReconcileTrigger.ErrorSignal);

        Assert.Equal(GateVerdict.SkipCoalesced, decision.Verdict);
        Assert.Equal(IgnoreReason.Coalesced, decision.IgnoreReason);
    }

    [Fact]
    public async Task ErrorSignalOnceTheWindowHasPassedRuns()
    {
        await RunAsync(ReconcileTrigger.ErrorSignal, ReconcileResults.FoundHealthy());
        _time.Advance(TimeSpan.FromSeconds(60));

        var decision = await DecideAsync(ReconcileTrigger.ErrorSignal);

        Assert.Equal(GateVerdict.Run, decision.Verdict);
    }

    [Theory]
    [InlineData(ReconcileTrigger.DriftSignal)]
    [InlineData(ReconcileTrigger.Scheduled)]
    public async Task DriftAndScheduledEventsRunInsideTheWindow(ReconcileTrigger trigger)
    {
        await RunAsync(ReconcileTrigger.ErrorSignal, ReconcileResults.FoundHealthy());
        _time.Advance(TimeSpan.FromSeconds(1));

        var decision = await DecideAsync(trigger);

        Assert.Equal(GateVerdict.Run, decision.Verdict);
    }

    [Fact]
    public async Task ErrorSignalRunsWhenNoReconcileHasFoundTheOrganizationHealthy()
    {
        var decision = await DecideAsync(ReconcileTrigger.ErrorSignal);

        Assert.Equal(GateVerdict.Run, decision.Verdict);
    }

    [Fact]
    public async Task AReconcileThatHadToFixSomethingDoesNotOpenAWindow()
    {
        await RunAsync(ReconcileTrigger.ErrorSignal, ReconcileResults.Fixed(1));
        _time.Advance(TimeSpan.FromSeconds(1));

        var decision = await DecideAsync(ReconcileTrigger.ErrorSignal);

        Assert.Equal(GateVerdict.Run, decision.Verdict);
    }

    [Fact]
    public async Task AReportModeReconcileThatFoundDriftDoesNotOpenAWindow()
    {
        await RunAsync(ReconcileTrigger.ErrorSignal, ReconcileResults.DriftReported(2));
        _time.Advance(TimeSpan.FromSeconds(1));

        var decision = await DecideAsync(ReconcileTrigger.ErrorSignal);

        Assert.Equal(GateVerdict.Run, decision.Verdict);
    }

    [Fact]
    public async Task ZeroWindowNeverCoalesces()
    {
        var gate = new ReconcileGate(new InMemoryHealerStateStore(), _time, new SafetyOptions { CoalesceWindow = TimeSpan.Zero }, new RecordingStateStoreFaults());
        var healthy = await gate.DecideAsync(new GateRequest(ReconcileTrigger.Scheduled, "s"), default);
        await gate.RecordOutcomeAsync(healthy, ReconcileResults.AsSet(ReconcileResults.FoundHealthy()), default);

        var decision = await gate.DecideAsync(new GateRequest(ReconcileTrigger.ErrorSignal, "e"), default);

        Assert.Equal(GateVerdict.Run, decision.Verdict);
    }

    private Task<GateDecision> DecideAsync(ReconcileTrigger trigger) =>
        _gate.DecideAsync(new GateRequest(trigger, $"evt-{_nextEvent++}"), default);

    private async Task RunAsync(ReconcileTrigger trigger, OrgBackupHealer.Core.Reconciliation.ReconcileResult result)
    {
        var decision = await DecideAsync(trigger);
        Assert.True(decision.ShouldReconcile);
        await _gate.RecordOutcomeAsync(decision, ReconcileResults.AsSet(result), default);
    }
}
