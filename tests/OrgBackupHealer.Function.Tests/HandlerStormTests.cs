using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Function.Configuration;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Function.Tests;

/// <summary>
/// A throttling storm through the loop and the handler: 10,000 ThrottlingException events, one every 300 ms
/// (200 a minute, 50 minutes), while the managed policy is detached from the root. The first event repairs, the
/// second finds the organization healthy and opens the 60 s coalescing window; after that one event per window
/// reconciles: 2 + 9,998 / 201 = 51 reconciles.
/// </summary>
public sealed class HandlerStormTests
{
    private const int Events = 10_000;

    /// <summary>ListRoots, ListPolicies, ListTagsForResource, DescribePolicy, ListTargetsForPolicy: the policy is found by its tag.</summary>
    private const int ReadsOfTheFirstReconcile = 5;

    /// <summary>ListRoots, DescribePolicy, ListTargetsForPolicy: the warm function remembers the managed policy's id.</summary>
    private const int ReadsPerWarmReconcile = 3;

    private static readonly TimeSpan s_spacing = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task CoalescesAStormToFiftyOneReconcilesAndOneHundredFiftySixOrganizationsCalls()
    {
        var (organization, reconcileTimes, ignoredReasons) = await StormAsync(coalesceSeconds: 60);

        Assert.Equal(51, reconcileTimes.Count);
        Assert.Equal(ReadsOfTheFirstReconcile + (50 * ReadsPerWarmReconcile) + 1, organization.TotalCalls);
        Assert.Equal(156, organization.TotalCalls);
        Assert.Equal(1, organization.TotalWrites);
        Assert.All(reconcileTimes.GroupBy(t => (long)t.TotalSeconds / 60), window => Assert.InRange(window.Count(), 1, 2));
        Assert.Equal(Events - 51, ignoredReasons.Count);
        Assert.All(ignoredReasons, reason => Assert.Equal("coalesced", reason));
    }

    [Fact]
    public async Task ReconcilesOncePerEventWhenCoalescingIsOff()
    {
        var (organization, reconcileTimes, ignoredReasons) = await StormAsync(coalesceSeconds: 0);

        Assert.Equal(Events, reconcileTimes.Count);
        Assert.Equal(ReadsOfTheFirstReconcile + ((Events - 1) * ReadsPerWarmReconcile) + 1, organization.TotalCalls);
        Assert.Equal(1, organization.TotalWrites);
        Assert.Empty(ignoredReasons);
    }

    private static async Task<(SimulatedOrganization Organization, List<TimeSpan> ReconcileTimes, List<string?> IgnoredReasons)> StormAsync(int coalesceSeconds)
    {
        var organization = SimulatedOrganization.CreateHealthy(HostHarness.ShippedPolicy);
        organization.DetachPolicy(organization.FindPolicyId(HealerDefaults.PolicyName)!, organization.RootId);
        organization.ResetCounters();
        using var rig = new LoopRig(organization, new Dictionary<string, string> { [EnvironmentVariables.CoalesceSeconds] = $"{coalesceSeconds}" });
        var start = rig.Time.GetUtcNow();
        var template = FixtureEvents.Parse("throttling-exception");
        var reconcileTimes = new List<TimeSpan>();
        var ignoredReasons = new List<string?>();

        for (var i = 0; i < Events; i++)
        {
            var answer = await rig.InvokeAsync(FixtureEvents.Stamp(template, i, rig.Time.GetUtcNow()));

            Assert.Equal("response", answer.Kind);
            if (answer.Outcome == "ignored")
            {
                ignoredReasons.AddRange(answer.IgnoredReasons);
            }
            else
            {
                Assert.Empty(answer.IgnoredReasons);
                reconcileTimes.Add(rig.Time.GetUtcNow() - start);
            }

            rig.Time.Advance(s_spacing);
        }

        return (organization, reconcileTimes, ignoredReasons);
    }
}
