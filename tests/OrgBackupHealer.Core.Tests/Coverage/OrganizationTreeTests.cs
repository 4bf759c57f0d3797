using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Coverage;

public sealed class OrganizationTreeTests
{
    [Fact]
    public async Task AFinishedWalkHasListedEveryParentAndLeftNoneWaiting()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var tree = new OrganizationTree(org.RootId);
        var calls = 0;

        // Act
        await tree.WalkAsync(org, () => calls++, CancellationToken.None);

        // Assert: the root and the four OUs, two listings each.
        Assert.Equal((5, 0), tree.Progress);
        Assert.Equal(10, calls);
        Assert.Equal(["log-archive", "audit", "dev-app", "sandbox-1", "prod-app"], tree.Accounts.Select(a => a.Name));
        Assert.Equal("Root/Workloads/Production", tree.OuPathOf(org.TargetIdOf("prod-app")));
        Assert.Equal([org.RootId, org.TargetIdOf("Workloads"), org.TargetIdOf("Production"), org.TargetIdOf("prod-app")],
            tree.PathTo(org.TargetIdOf("prod-app")));
    }
}
