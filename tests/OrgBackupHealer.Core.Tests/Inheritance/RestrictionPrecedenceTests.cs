using OrgBackupHealer.Core.Inheritance;
using static OrgBackupHealer.Core.Tests.Inheritance.PolicyPaths;

namespace OrgBackupHealer.Core.Tests.Inheritance;

/// <summary>
/// Which restriction a refusal names when more than one forbids the change, and the edges of where restrictions and
/// settings reach: the document root, keys written under a setting, and a collection a sibling policy replaced.
/// </summary>
public sealed class RestrictionPrecedenceTests
{
    private const string Ou = "ou-1";

    [Fact]
    public void ARefusedAssignNamesTheHighestRestrictionWhenTheKeyItselfIsLockedToo()
    {
        // Arrange: both the plans collection and the regions key inside it forbid every operator.
        var root = Policy("Root", """
            {"plans":{"@@operators_allowed_for_child_policies":["@@none"],"p":{"regions":{
              "@@operators_allowed_for_child_policies":["@@none"],"@@assign":["us-east-1"]}}}}
            """);
        var child = Policy("Child", """{"plans":{"p":{"regions":{"@@assign":["eu-west-1"]}}}}""");

        // Act
        var effective = Compute(Target("r-root", root), Target(Ou, child));

        // Assert
        var refusal = Assert.Single(effective.Refusals);
        Assert.Equal(("$.plans.p.regions", "$.plans"), (refusal.Path, refusal.BlockedBy!.Path));
    }

    [Fact]
    public void ReplacingACollectionThatIsLockedItselfNamesItsOwnLockBeforeALockInside()
    {
        // Arrange: plans allows only @@append, and a plan inside it is locked as well.
        var root = Policy("Root", """
            {"plans":{"@@operators_allowed_for_child_policies":["@@append"],"p":{
              "@@operators_allowed_for_child_policies":["@@none"],"regions":{"@@assign":["us-east-1"]}}}}
            """);
        var child = Policy("Child", """{"plans":{"@@assign":{}}}""");

        // Act
        var effective = Compute(Target("r-root", root), Target(Ou, child));

        // Assert
        var refusal = Assert.Single(effective.Refusals);
        Assert.Equal(("$.plans", ValueSettingOperators.Assign, "$.plans"), (refusal.Path, refusal.Operator, refusal.BlockedBy!.Path));
    }

    [Fact]
    public void ReplacingACollectionWithLocksAtTwoDepthsNamesTheOuterLock()
    {
        // Arrange: a plan and the regions key inside it are both locked; the child replaces the whole plans collection.
        var root = Policy("Root", """
            {"plans":{"p":{"@@operators_allowed_for_child_policies":["@@none"],"regions":{
              "@@operators_allowed_for_child_policies":["@@none"],"@@assign":["us-east-1"]}}}}
            """);
        var child = Policy("Child", """{"plans":{"@@assign":{}}}""");

        // Act
        var effective = Compute(Target("r-root", root), Target(Ou, child));

        // Assert
        var refusal = Assert.Single(effective.Refusals);
        Assert.Equal(("$.plans", "$.plans.p"), (refusal.Path, refusal.BlockedBy!.Path));
    }

    [Fact]
    public void ARestrictionOnTheDocumentRootStopsTheNextLevelAddingATopLevelKey()
    {
        // Arrange
        var root = Policy("Root", """
            {"@@operators_allowed_for_child_policies":["@@none"],"plans":{"p":{"regions":{"@@assign":["us-east-1"]}}}}
            """);
        var child = Policy("Child", """{"tags":{"cost":{"tag_key":{"@@assign":"CostCenter"}}}}""");

        // Act
        var effective = Compute(Target("r-root", root), Target(Ou, child));

        // Assert
        var refusal = Assert.Single(effective.Refusals);
        Assert.Equal(
            ("$.tags", ValueSettingOperators.Append, RefusalReason.OperatorNotAllowedForChildPolicies, "$"),
            (refusal.Path, refusal.Operator, refusal.Reason, refusal.BlockedBy!.Path));
        Assert.False(effective.Document.ContainsKey("tags"));
    }

    [Fact]
    public void KeysWrittenUnderAnInheritedSettingAreRefusedAsUnrecognizedSyntax()
    {
        // Arrange: regions is a setting; the child writes a key below it as if it were a collection.
        var root = Policy("Root", """{"plans":{"p":{"regions":{"@@assign":["us-east-1"]}}}}""");
        var child = Policy("Child", """{"plans":{"p":{"regions":{"extra":{"@@assign":"x"}}}}}""");

        // Act
        var effective = Compute(Target("r-root", root), Target(Ou, child));

        // Assert
        var refusal = Assert.Single(effective.Refusals);
        Assert.Equal(
            ("$.plans.p.regions.extra", Placement(child, Ou), ValueSettingOperators.None, RefusalReason.UnrecognizedSyntax),
            (refusal.Path, refusal.AttemptedBy, refusal.Operator, refusal.Reason));
        AssertJsonEqual("""{"plans":{"p":{"regions":["us-east-1"]}}}""", effective.Document);
    }

    [Fact]
    public void ALockInsideACollectionThatASiblingPolicyReplacedNoLongerBinds()
    {
        // Arrange: on the root, the first policy locks regions inside plan p; the second replaces plan p whole, so
        // the locked key is gone from the effective policy.
        var first = Policy("First", """
            {"plans":{"p":{"regions":{"@@operators_allowed_for_child_policies":["@@none"],"@@assign":["us-east-1"]}}}}
            """);
        var second = Policy("Second", """{"plans":{"p":{"@@assign":{"regions":["eu-west-1"]}}}}""");
        var child = Policy("Child", """{"plans":{"@@assign":{"q":{"regions":["ap-south-1"]}}}}""");

        // Act
        var effective = Compute(Target("r-root", first, second), Target(Ou, child));

        // Assert
        Assert.Empty(effective.Refusals);
        AssertJsonEqual("""{"plans":{"q":{"regions":["ap-south-1"]}}}""", effective.Document);
    }
}
