using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// The delegation policy of templates/delegated-admin-policy.yaml. moto's CloudFormation skips
/// AWS::Organizations::ResourcePolicy, so its content is checked here, from the template itself.
/// </summary>
public sealed class DelegatedAdminPolicyTests
{
    private const string HealerAccountRoot = "arn:${AWS::Partition}:iam::${HealerAccountId}:root";

    [Fact]
    public async Task DelegatesExactlyTheOrganizationsActionsTheClientCanSend()
    {
        // Arrange: CreatePolicy with tags also needs TagResource (RequiredPermissions).
        var required = RequiredPermissions.ForOperations(OrganizationsOperations.All);

        // Act
        var delegated = RoleStatements.OrganizationsActions(await DelegatedAdminPolicy.StatementsAsync());

        // Assert
        Assert.Equal(required.Order(StringComparer.Ordinal), delegated.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task LimitsEveryDelegatedActionToBackupPoliciesWhereOrganizationsHasTheKey()
    {
        // Arrange
        var statements = await DelegatedAdminPolicy.StatementsAsync();

        // Act: actions without the organizations:PolicyType key are scoped by resource; every other action must carry it.
        var unconditioned = statements
            .Where(statement => statement["Condition"]?["StringEquals"]?["organizations:PolicyType"]?.GetValue<string>() != "BACKUP_POLICY")
            .SelectMany(RoleStatements.Actions)
            .Where(action => !RequiredPermissions.WithoutPolicyTypeKey.Contains(action));

        // Assert
        Assert.Empty(unconditioned);
    }

    [Fact]
    public async Task AllowsOnlyTheHealersAccountAndNothingElse()
    {
        // Arrange
        var statements = await DelegatedAdminPolicy.StatementsAsync();

        // Act
        var principals = statements.Select(statement => statement["Principal"]?["AWS"]?["Fn::Sub"]?.GetValue<string>()).Distinct();
        var effects = statements.Select(statement => statement["Effect"]?.GetValue<string>()).Distinct();

        // Assert
        Assert.Equal([HealerAccountRoot], principals);
        Assert.Equal(["Allow"], effects);
    }

    [Fact]
    public async Task ScopesEveryResourceToThisOrganizationsBackupPoliciesRootsOusAndAccounts()
    {
        // Arrange
        var statements = await DelegatedAdminPolicy.StatementsAsync();

        // Act
        var resources = statements.SelectMany(statement => SamTemplate.OneOrMany(statement["Resource"])).ToList();
        var arns = resources.Where(resource => resource is JsonObject).Select(resource => resource["Fn::Sub"]!.GetValue<string>()).ToList();

        // Assert: "*" only where the action has no resource type (ListRoots, ListPolicies, CreatePolicy, the effective-policy validation reads).
        Assert.All(resources.Where(resource => resource is JsonValue), resource => Assert.Equal("*", resource.GetValue<string>()));
        Assert.NotEmpty(arns);
        Assert.All(arns, arn => Assert.StartsWith("arn:${AWS::Partition}:organizations::${AWS::AccountId}:", arn, StringComparison.Ordinal));
        Assert.All(arns, arn => Assert.Contains("/${OrganizationId}/", arn, StringComparison.Ordinal));
        Assert.Contains(arns, arn => arn.EndsWith(":policy/${OrganizationId}/backup_policy/*", StringComparison.Ordinal));
        Assert.DoesNotContain(arns, arn => arn.Contains(":policy/", StringComparison.Ordinal) && !arn.Contains("/backup_policy/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DelegatesTaggingOnlyWithTheHealersOwnershipTagKeys()
    {
        // Arrange
        var statements = await DelegatedAdminPolicy.StatementsAsync();

        // Act
        var tagging = Assert.Single(statements, statement => RoleStatements.Actions(statement).Contains("organizations:TagResource"));

        // Assert
        var keys = SamTemplate.OneOrMany(tagging["Condition"]?["ForAllValues:StringEquals"]?["aws:TagKeys"]).Select(key => key.GetValue<string>());
        Assert.Equal(["organizations:TagResource"], RoleStatements.Actions(tagging));
        Assert.Equal([PolicyIdentity.ManagedByKey, PolicyIdentity.OwnerKey, PolicyIdentity.EntryKey], keys);
    }
}
