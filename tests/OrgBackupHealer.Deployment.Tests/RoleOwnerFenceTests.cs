using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Desired;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// The role fences the same policies the code does: it can write only backup policies tagged with this deployment's
/// owner (aws:ResourceTag), create and tag only with that owner (aws:RequestTag), never retag another owner's policy,
/// and attach on roots, OUs and accounts without a tag condition (they carry none). It still has no delete, detach or
/// disable permission at all.
/// </summary>
public sealed class RoleOwnerFenceTests
{
    private const string OwnerResourceTag = "aws:ResourceTag/" + PolicyIdentity.OwnerKey;
    private const string OwnerRequestTag = "aws:RequestTag/" + PolicyIdentity.OwnerKey;

    [Theory]
    [InlineData("organizations:UpdatePolicy")]
    [InlineData("organizations:AttachPolicy")]
    public async Task AWriteToAPolicyRequiresThisOwnersTagOnThePolicy(string action)
    {
        // Arrange
        var statements = await RoleStatements.LoadAsync();

        // Act
        var onPolicies = statements.Where(s => RoleStatements.Actions(s).Contains(action) && Resources(s).Any(r => r.Contains(":policy/", StringComparison.Ordinal))).ToList();

        // Assert
        Assert.NotEmpty(onPolicies);
        Assert.All(onPolicies, s => Assert.True(NamesTheOwnerParameter(s, "StringEquals", OwnerResourceTag), $"{s["Sid"]} does not require the owner tag on the policy"));
    }

    [Theory]
    [InlineData("organizations:CreatePolicy")]
    [InlineData("organizations:TagResource")]
    public async Task CreatingAndTaggingRequireThisOwnerInTheRequest(string action)
    {
        // Arrange
        var statements = await RoleStatements.LoadAsync();

        // Act
        var granting = statements.Where(s => RoleStatements.Actions(s).Contains(action)).ToList();

        // Assert
        Assert.NotEmpty(granting);
        Assert.All(granting, s => Assert.True(NamesTheOwnerParameter(s, "StringEquals", OwnerRequestTag), $"{s["Sid"]} does not require the owner tag in the request"));
    }

    [Fact]
    public async Task TaggingNeverTakesAPolicyAnotherOwnerTaggedAndOnlyWritesTheHealersKeys()
    {
        // Arrange
        var statements = await RoleStatements.LoadAsync();

        // Act
        var tagging = Assert.Single(statements, s => RoleStatements.Actions(s).Contains("organizations:TagResource"));

        // Assert
        Assert.True(NamesTheOwnerParameter(tagging, "StringEqualsIfExists", OwnerResourceTag));
        var keys = SamTemplate.OneOrMany(tagging["Condition"]?["ForAllValues:StringEquals"]?["aws:TagKeys"]).Select(k => k.GetValue<string>());
        Assert.Equal([PolicyIdentity.ManagedByKey, PolicyIdentity.OwnerKey, PolicyIdentity.EntryKey], keys);
    }

    [Fact]
    public async Task AttachingToRootsOusAndAccountsCarriesNoTagConditionAndNoPolicyArn()
    {
        // Arrange
        var statements = await RoleStatements.LoadAsync();

        // Act
        var onTargets = statements.Where(s => RoleStatements.Actions(s).Contains("organizations:AttachPolicy") && !Resources(s).Any(r => r.Contains(":policy/", StringComparison.Ordinal))).ToList();

        // Assert: a statement mixing both would put the owner condition on the target, which has no such tag.
        var statement = Assert.Single(onTargets);
        Assert.Null(statement["Condition"]?["StringEquals"]?[OwnerResourceTag]);
        Assert.Equal(3, Resources(statement).Count());
    }

    [Fact]
    public async Task TheRoleCannotDeleteDetachOrDisableAnything()
    {
        // Arrange
        var statements = await RoleStatements.LoadAsync();

        // Act
        var destructive = RoleStatements.OrganizationsActions(statements)
            .Where(a => a.Contains("Delete", StringComparison.Ordinal) || a.Contains("Detach", StringComparison.Ordinal) || a.Contains("Disable", StringComparison.Ordinal) || a.Contains("Untag", StringComparison.Ordinal));

        // Assert
        Assert.Empty(destructive);
    }

    private static IEnumerable<string> Resources(JsonObject statement) =>
        SamTemplate.OneOrMany(statement["Resource"]).Select(r => r is JsonValue v ? v.GetValue<string>() : r.ToJsonString());

    /// <summary>The condition sets <paramref name="key"/> to the PolicySetOwner parameter (a Ref in the template).</summary>
    private static bool NamesTheOwnerParameter(JsonObject statement, string op, string key) =>
        statement["Condition"]?[op]?[key] is JsonObject reference && reference["Ref"]?.GetValue<string>() == "PolicySetOwner";
}
