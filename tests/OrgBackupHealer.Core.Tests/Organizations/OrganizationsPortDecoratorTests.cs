using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Organizations;

public sealed class OrganizationsPortDecoratorTests
{
    [Fact]
    public async Task ATargetLookupIsNamedDescribeOrganizationalUnitForAnOuAndDescribeAccountOtherwise()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var port = new OperationRecordingPort(org);

        // Act
        var ouExists = await port.TargetExistsAsync(org.TargetIdOf("Workloads"), CancellationToken.None);
        var accountExists = await port.TargetExistsAsync(org.TargetIdOf("audit"), CancellationToken.None);

        // Assert
        Assert.True(ouExists);
        Assert.True(accountExists);
        Assert.Equal([OrganizationsOperations.DescribeOrganizationalUnit, OrganizationsOperations.DescribeAccount], port.Operations);
    }

    /// <summary>Records the operation name every call goes through <see cref="OrganizationsPortDecorator.InvokeAsync"/> with.</summary>
    private sealed class OperationRecordingPort(IOrganizationsPort inner) : OrganizationsPortDecorator(inner)
    {
        public List<string> Operations { get; } = [];

        protected override Task<T> InvokeAsync<T>(string operation, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
        {
            Operations.Add(operation);
            return base.InvokeAsync(operation, send, cancellationToken);
        }
    }
}
