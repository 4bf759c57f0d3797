using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Deployment.Tests;

public sealed class RolePermissionsMatchClientTests
{
    [Fact]
    public async Task RoleGrantsExactlyTheOrganizationsActionsTheClientCanSend()
    {
        // Arrange: adding an operation to the client without its permission (or the reverse) must fail here.
        var required = RequiredPermissions.ForOperations(OrganizationsOperations.All);

        // Act
        var granted = RoleStatements.OrganizationsActions(await RoleStatements.LoadAsync());

        // Assert
        Assert.Equal(required.Order(StringComparer.Ordinal), granted.Order(StringComparer.Ordinal));
    }
}
