using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;

using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests.Safety;

public sealed class FlapGuardTests
{
    private static readonly DriftActor s_terraform = new("arn:aws:sts::111111111111:assumed-role/TerraformDeployer/ci", "DetachPolicy", default);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero));
    private readonly ReconcileGate _gate;
    private int _nextEvent;

    public FlapGuardTests()
    {
        _gate = new ReconcileGate(new InMemoryHealerStateStore(), _time, new SafetyOptions { MaxHealingRunsPerHour = 10 }, new RecordingStateStoreFaults());
    }

    [Fact]
    public async Task KeepsWritingBelowTheLimit()
    {
        await FightAsync(rounds: 9);

        var decision = await DriftAsync();

        Assert.Equal(GateVerdict.Run, decision.Verdict);
        Assert.False(decision.FlapGuardTripped);
    }

    [Fact]
    public async Task SuspendsWritesOnceTheFixesInAnHourReachTheLimit()
    {
        await FightAsync(rounds: 10);

        var decision = await DriftAsync();

        Assert.Equal(GateVerdict.RunWritesSuspended, decision.Verdict);
        Assert.True(decision.FlapGuardTripped);
        Assert.Equal(10, decision.HealingRunsInWindow);
    }

    [Fact]
    public async Task NamesTheOtherActorsSeenInTheWindow()
    {
        await FightAsync(rounds: 10);
        var person = new DriftActor("arn:aws:iam::111111111111:user/alice", "UpdatePolicy", _time.GetUtcNow());

        var decision = await _gate.DecideAsync(new GateRequest(ReconcileTrigger.DriftSignal, "evt-alice", Actor: person), default);

        Assert.Contains(decision.OtherActors, a => a.Principal == s_terraform.Principal && a.EventName == "DetachPolicy");
        Assert.Contains(person, decision.OtherActors);
    }

    [Fact]
    public async Task StaysSuspendedForEveryTriggerWhileTripped()
    {
        await FightAsync(rounds: 12);
        _time.Advance(TimeSpan.FromMinutes(30));

        var scheduled = await _gate.DecideAsync(new GateRequest(ReconcileTrigger.Scheduled, "schedule-1"), default);

        Assert.Equal(GateVerdict.RunWritesSuspended, scheduled.Verdict);
    }

    [Fact]
    public async Task ResumesByItselfWhenTheHourHasPassed()
    {
        await FightAsync(rounds: 10);
        var tripped = await DriftAsync();
        await _gate.RecordOutcomeAsync(tripped, ReconcileResults.AsSet(ReconcileResults.DriftReported(1)), default);
        _time.Advance(TimeSpan.FromHours(1));

        var decision = await DriftAsync();

        Assert.Equal(GateVerdict.RunWritesSuspended, tripped.Verdict);
        Assert.Equal(GateVerdict.Run, decision.Verdict);
    }

    [Fact]
    public async Task FixesFromAFailedReconcileStillMakeAHealingRun()
    {
        await FightAsync(rounds: 8);
        var decision = await DriftAsync();
        await _gate.RecordFailureAsync(decision, ReconcileResults.Failure(FailureKind.Transient, fixesBefore: 2), default);
        await FightAsync(rounds: 1);

        var next = await DriftAsync();

        Assert.Equal(GateVerdict.RunWritesSuspended, next.Verdict);
    }

    [Fact]
    public void AlreadyInPlaceAnswersAreNotFixes()
    {
        var plan = ReconcileResults.Fixed(3).Plan;
        var result = ReconcileResults.Fixed(3) with { Applied = [.. plan.Select(p => new AppliedAction(p, ActionOutcome.AlreadyInPlace))] };

        Assert.Equal(0, result.FixesApplied);
    }

    /// <summary>Another actor detaches the policy, the healer re-attaches it: one applied fix per round, a minute apart.</summary>
    private async Task FightAsync(int rounds)
    {
        for (var i = 0; i < rounds; i++)
        {
            var decision = await DriftAsync();
            await _gate.RecordOutcomeAsync(decision, ReconcileResults.AsSet(decision.FlapGuardTripped ? ReconcileResults.DriftReported(1) : ReconcileResults.Fixed(1)), default);
            _time.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private Task<GateDecision> DriftAsync() =>
        _gate.DecideAsync(new GateRequest(ReconcileTrigger.DriftSignal, $"evt-{_nextEvent++}", Actor: s_terraform with { At = _time.GetUtcNow() }), default);
}
