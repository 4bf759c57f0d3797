using OrgBackupHealer.Function.Configuration;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Function.Tests.Handler;

/// <summary>The managed policy's id, once learnt, outlives invocations that learn nothing.</summary>
public sealed class HealerHandlerPolicyIdTests
{
    [Fact]
    public async Task AnIgnoredEventBetweenTwoReconcilesKeepsTheLearntPolicyId()
    {
        // Arrange: a reconcile learns the id, then an unrelated event is ignored.
        using var rig = new LoopRig(
            SimulatedOrganization.CreateHealthy(HostHarness.ShippedPolicy), new Dictionary<string, string> { [EnvironmentVariables.CoalesceSeconds] = "0" });
        await rig.InvokeAsync(FixtureEvents.Stamp(FixtureEvents.Parse("access-denied-attach-policy"), 1, rig.Time.GetUtcNow()));
        var ignored = await rig.InvokeAsync(FixtureEvents.Read("unrelated-scp-change"));
        rig.Time.Advance(TimeSpan.FromMinutes(1));
        rig.Organization.ResetCounters();

        // Act
        var answer = await rig.InvokeAsync(FixtureEvents.Stamp(FixtureEvents.Parse("access-denied-attach-policy"), 2, rig.Time.GetUtcNow()));

        // Assert: a healthy reconcile that starts from the id needs 3 Organizations calls, not 5.
        Assert.Equal("ignored", ignored.Outcome);
        Assert.Equal("healthy", answer.Outcome);
        Assert.Equal(3, rig.Organization.TotalCalls);
    }
}
