using System.Text.Json.Nodes;

namespace OrgBackupHealer.Deployment.Tests;

public sealed class RoleLeastPrivilegeTests
{
    [Fact]
    public async Task NoRoleStatementGrantsAWildcardAction()
    {
        // Arrange
        var statements = await RoleStatements.LoadAsync();

        // Act
        var wildcardActions = statements.SelectMany(RoleStatements.Actions).Where(action => action.Contains('*', StringComparison.Ordinal));

        // Assert
        Assert.Empty(wildcardActions);
    }

    [Fact]
    public async Task EveryOrganizationsActionIsLimitedToBackupPoliciesWhereIamSupportsIt()
    {
        // Arrange
        var statements = await RoleStatements.LoadAsync();

        // Act
        var unconditioned = statements
            .Where(statement => !RequiresBackupPolicyType(statement))
            .SelectMany(RoleStatements.Actions)
            .Where(action => action.StartsWith(RoleStatements.OrganizationsPrefix, StringComparison.Ordinal))
            .Where(action => !RequiredPermissions.WithoutPolicyTypeKey.Contains(action));

        // Assert
        Assert.Empty(unconditioned);
    }

    [Fact]
    public async Task RoleHasOnlyAllowStatements()
    {
        // Arrange
        var statements = await RoleStatements.LoadAsync();

        // Act
        var effects = statements.Select(statement => statement["Effect"]?.GetValue<string>()).Distinct();

        // Assert: a Deny in the role would hide a missing-permission bug behind a confusing AccessDenied.
        Assert.Equal(["Allow"], effects);
    }

    private static bool RequiresBackupPolicyType(JsonObject statement) =>
        statement["Condition"]?["StringEquals"]?["organizations:PolicyType"] is JsonValue value
            && value.GetValue<string>() == "BACKUP_POLICY";
}
