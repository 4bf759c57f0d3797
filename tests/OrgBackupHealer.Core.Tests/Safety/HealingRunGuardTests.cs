using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>
/// Incidents, not actions: one recovery of any size is one healing run, so it never trips the flap guard nor the
/// spike alarm (HealingRun above HealingRunAlarmThreshold, default 3 an hour); two actors undoing each other do.
/// </summary>
public sealed class HealingRunGuardTests
{
    /// <summary>template.yaml's HealingRunAlarmThreshold default: the alarm fires above it.</summary>
    private const int AlarmThreshold = 3;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task RecoveringAPolicyAttachedToTheRootAndTwentyTargetsIsOneHealingRun()
    {
        // Arrange: the managed policy on the root and 20 OUs is deleted.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var ous = Enumerable.Range(1, 20).Select(i => org.CreateOrganizationalUnit($"Team{i:D2}")).ToList();
        var policyId = org.FindPolicyId(DriftScenario.ManagedName)!;
        ous.ForEach(ou => org.AttachPolicy(policyId, ou));
        org.DeletePolicy(policyId);
        var rig = new HealerRig(org, _time);
        var desired = rig.Desired(["root", .. ous]);

        // Act
        var recovery = await rig.InvokeAsync(new GateRequest(ReconcileTrigger.DriftSignal, "evt-delete"), desired);
        var next = await rig.InvokeAsync(new GateRequest(ReconcileTrigger.DriftSignal, "evt-next"), desired);

        // Assert: 22 fixes, one run, no trip, below the alarm threshold.
        Assert.Equal(22, rig.Metrics.AutoFixes.Count);
        Assert.Equal(1, rig.Metrics.HealingRuns);
        Assert.True(rig.Metrics.HealingRuns <= AlarmThreshold);
        Assert.False(recovery.Outcome!.Decision.FlapGuardTripped);
        Assert.Equal(GateVerdict.Run, next.Outcome!.Decision.Verdict);
    }

    [Fact]
    public async Task AnActorDetachingEveryFiveMinutesTripsTheGuardWithinTheHour()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var rig = new HealerRig(org, _time);
        var desired = rig.Desired(["root"]);
        var policyId = org.FindPolicyId(DriftScenario.ManagedName)!;
        var start = _time.GetUtcNow();
        TimeSpan? trippedAfter = null;

        // Act
        for (var round = 0; round < 12 && trippedAfter is null; round++)
        {
            org.DetachPolicy(policyId, org.RootId);
            var actor = new DriftActor("arn:aws:sts::111111111111:assumed-role/Terraform/ci", "DetachPolicy", _time.GetUtcNow());
            var invocation = await rig.InvokeAsync(new GateRequest(ReconcileTrigger.DriftSignal, $"evt-{round}", Actor: actor), desired);
            if (invocation.Outcome!.Decision.FlapGuardTripped)
            {
                trippedAfter = _time.GetUtcNow() - start;
            }

            _time.Advance(TimeSpan.FromMinutes(5));
        }

        // Assert: the alarm's metric crossed its threshold first, then the guard stopped the writes, within the hour.
        Assert.NotNull(trippedAfter);
        Assert.True(trippedAfter < TimeSpan.FromHours(1), $"tripped after {trippedAfter}");
        Assert.Equal(new SafetyOptions().MaxHealingRunsPerHour, rig.Metrics.HealingRuns);
        Assert.True(rig.Metrics.HealingRuns > AlarmThreshold);
        Assert.Equal(ReconcileOutcome.DriftReported, (await rig.InvokeAsync(new GateRequest(ReconcileTrigger.Scheduled, "schedule-1"), desired)).Outcome!.Result!.Outcome);
    }

    [Fact]
    public async Task AFailureAfterSomeFixesAppliedCountsAsAHealingRunEvenWhenOthersWereAlreadyInPlace()
    {
        // Arrange: one fix applied, one found already in place, then the reconcile stopped.
        var gate = new ReconcileGate(new InMemoryHealerStateStore(), _time, new SafetyOptions { MaxHealingRunsPerHour = 1 }, new RecordingStateStoreFaults());
        var first = await gate.DecideAsync(new GateRequest(ReconcileTrigger.DriftSignal, "evt-1"), default);
        var applied = ReconcileResults.Fixed(2).Applied;
        var failure = new ReconcileException(
            new Diagnosis(FailureKind.Transient, FailureReasons.Transient, "throttled"),
            [applied[0], applied[1] with { Outcome = ActionOutcome.AlreadyInPlace }],
            null,
            null);
        await gate.RecordFailureAsync(first, failure, default);

        // Act
        var next = await gate.DecideAsync(new GateRequest(ReconcileTrigger.DriftSignal, "evt-2"), default);

        // Assert
        Assert.Equal(1, next.HealingRunsInWindow);
        Assert.True(next.FlapGuardTripped);
    }
}
