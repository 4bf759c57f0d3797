using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>
/// A throttling storm: 10,000 error-signal events, 200 a minute (one every 300 ms, 50 minutes in all), while the
/// managed policy is detached from the root. Through the gate, the first event fixes it, the second finds it
/// healthy and opens a 60 s window, and from then on one event per window reconciles. The function remembers the
/// managed policy's id between warm invocations, so only the first reconcile searches for it.
/// </summary>
public sealed class StormTests
{
    private const int Events = 10_000;
    private static readonly TimeSpan s_spacing = TimeSpan.FromMilliseconds(300);

    /// <summary>ListRoots, ListPolicies, ListTagsForResource, DescribePolicy, ListTargetsForPolicy: the managed policy is found by its tag.</summary>
    private const int ReadsOfTheFirstReconcile = 5;

    /// <summary>ListRoots, DescribePolicy, ListTargetsForPolicy: the managed policy's id is known.</summary>
    private const int ReadsPerWarmReconcile = 3;

    [Fact]
    public async Task CoalescingKeepsAStormToAFewReconcilesAndOrganizationsCalls()
    {
        var (org, reconcileTimes) = await StormAsync(TimeSpan.FromSeconds(60));

        // The window reopens every 201 events (60.3 s): events 0 and 1, then every 201st: 2 + (9,998 / 201) = 51.
        Assert.Equal(51, reconcileTimes.Count);
        Assert.Equal(ReadsOfTheFirstReconcile + (50 * ReadsPerWarmReconcile) + 1, org.TotalCalls);
        Assert.Equal(156, org.TotalCalls);
        Assert.Equal(1, org.TotalWrites);
        Assert.All(reconcileTimes.GroupBy(t => (long)t.TotalSeconds / 60), window => Assert.InRange(window.Count(), 1, 2));
    }

    [Fact]
    public async Task WithoutCoalescingEveryEventReconciles()
    {
        var (org, reconcileTimes) = await StormAsync(TimeSpan.Zero);

        Assert.Equal(Events, reconcileTimes.Count);
        Assert.Equal(ReadsOfTheFirstReconcile + ((Events - 1) * ReadsPerWarmReconcile) + 1, org.TotalCalls);
        Assert.Equal(1, org.TotalWrites);
    }

    [Fact]
    public async Task RedeliveredStormEventsAreDuplicatesAndCostNoCalls()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero));
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var rig = new HealerRig(org, time, new SafetyOptions { CoalesceWindow = TimeSpan.Zero });
        var desired = rig.Desired(["root"]);
        await rig.InvokeAsync(new GateRequest(ReconcileTrigger.ErrorSignal, "evt-1"), desired);
        org.ResetCounters();

        var redelivered = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => rig.InvokeAsync(new GateRequest(ReconcileTrigger.ErrorSignal, "evt-1"), desired)));

        Assert.All(redelivered, r => Assert.Equal(IgnoreReason.Duplicate, r.Outcome!.Decision.IgnoreReason));
        Assert.Equal(0, org.TotalCalls);
    }

    private static async Task<(SimulatedOrganization Org, List<TimeSpan> ReconcileTimes)> StormAsync(TimeSpan coalesceWindow)
    {
        var start = new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(start);
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        org.DetachPolicy(org.FindPolicyId(HealerDefaults.PolicyName)!, org.RootId);
        org.ResetCounters();
        var rig = new HealerRig(org, time, new SafetyOptions { CoalesceWindow = coalesceWindow });
        var desired = rig.Desired(["root"]);
        var reconcileTimes = new List<TimeSpan>();
        for (var i = 0; i < Events; i++)
        {
            var invocation = await rig.InvokeAsync(new GateRequest(ReconcileTrigger.ErrorSignal, $"storm-{i:D5}"), desired);
            Assert.Null(invocation.Error);
            if (invocation.Outcome!.Result is not null)
            {
                reconcileTimes.Add(time.GetUtcNow() - start);
            }
            else
            {
                Assert.Equal(IgnoreReason.Coalesced, invocation.Outcome.Decision.IgnoreReason);
            }

            time.Advance(s_spacing);
        }

        return (org, reconcileTimes);
    }
}
