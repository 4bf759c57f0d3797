using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Safety;

using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>Releasing an event the host abandoned leaves no trace in the flap guard's or the coalescing window's state.</summary>
public sealed class ReconcileGateReleaseTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AReleasedAttemptIsNoHealingRunAndOpensNoCoalescingWindow()
    {
        // Arrange: one healing run an hour would trip the flap guard on the next decision.
        var gate = new ReconcileGate(new InMemoryHealerStateStore(), _time, new SafetyOptions { MaxHealingRunsPerHour = 1 }, new RecordingStateStoreFaults());
        var first = await gate.DecideAsync(new GateRequest(ReconcileTrigger.DriftSignal, "evt-crashed"), default);
        await gate.ReleaseAsync(first, default);

        // Act
        var drift = await gate.DecideAsync(new GateRequest(ReconcileTrigger.DriftSignal, "evt-next"), default);
        var symptom = await gate.DecideAsync(new GateRequest(ReconcileTrigger.ErrorSignal, "evt-symptom"), default);

        // Assert
        Assert.Equal((GateVerdict.Run, 0), (drift.Verdict, drift.HealingRunsInWindow));
        Assert.False(drift.FlapGuardTripped);
        Assert.Equal(GateVerdict.Run, symptom.Verdict);
    }
}
