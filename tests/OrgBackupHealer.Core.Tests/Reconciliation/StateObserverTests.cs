using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Reconciliation;

public sealed class StateObserverTests
{
    [Fact]
    public async Task AnOrganizationWithoutARootIsAnOrganizationsErrorOfListRoots()
    {
        // Arrange
        var observer = new StateObserver(new NoRoots(SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped)));

        // Act
        var error = await Assert.ThrowsAsync<OrganizationsException>(() => observer.ReadRootAsync(CancellationToken.None));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.RootNotFound, error.ErrorCode);
        Assert.Equal(OrganizationsOperations.ListRoots, error.Operation);
        Assert.Equal("ListRoots returned no root.", error.Message);
    }

    [Fact]
    public async Task DesiredTargetsThatDoNotExistAreUnreachableWithTheReason()
    {
        // Arrange: another organization's root, an OU that does not exist, and one that does.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var (root, workloads) = (org.RootId, org.TargetIdOf("Workloads"));
        var otherRoot = root == "r-zzzz" ? "r-yyyy" : "r-zzzz";
        var missingOu = $"ou-{root[2..]}-zzzzzzzz";
        var desired = DesiredState.For(HealerDefaults.PolicyName, PolicyDocument.Parse(SamplePolicies.Shipped), ["root", otherRoot, missingOu, workloads], HealerMode.Enforce);

        // Act
        var observed = (await new StateObserver(org).ObserveAsync(PolicySet.Of(desired), new Dictionary<string, string>(), CancellationToken.None))[0];

        // Assert
        Assert.Equal(
            [
                new UnreachableTarget(otherRoot, UnreachableReasons.NotFound, $"{otherRoot} is not this organization's root ({root})."),
                new UnreachableTarget(missingOu, UnreachableReasons.NotFound, $"{missingOu} is not in the organization: it was deleted, it left, or the id is wrong."),
            ],
            observed.UnreachableTargets);
        Assert.Equal([root, otherRoot, missingOu, workloads], observed.DesiredTargetIds);
    }

    private sealed class NoRoots(IOrganizationsPort inner) : OrganizationsPortDecorator(inner)
    {
        public override Task<IReadOnlyList<OrganizationRoot>> ListRootsAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<OrganizationRoot>>([]);
    }
}
