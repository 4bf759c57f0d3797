using OrgBackupHealer.Core.Inheritance;
using static OrgBackupHealer.Core.Tests.Inheritance.PolicyPaths;

namespace OrgBackupHealer.Core.Tests.Inheritance;

/// <summary>
/// @@operators_allowed_for_child_policies as https://docs.aws.amazon.com/organizations/latest/userguide/policy-operators.html
/// describes it ("Child control operators"): @@all, a list, @@none; an inherited restriction cannot be reversed
/// below; it binds the node it is declared on and every node under it.
/// </summary>
public sealed class ChildControlOperatorTests
{
    private static readonly AttachedPolicy s_lockedRegions = Policy("Baseline", """
        {"plans":{"p":{
          "regions":{"@@operators_allowed_for_child_policies":["@@none"],"@@assign":["us-east-1","us-west-2"]},
          "rules":{"daily":{"target_backup_vault_name":{"@@assign":"Default"}}}}}}
        """);

    [Fact]
    public void ChildAssignOfLockedRegionsIsRefused()
    {
        var child = Policy("Team", """{"plans":{"p":{"regions":{"@@assign":["eu-west-1"]}}}}""");

        var effective = Compute(Target("r-root", s_lockedRegions), Target("ou-team", child));

        AssertJsonEqual("""["us-east-1","us-west-2"]""", effective.Document["plans"]!["p"]!["regions"]);
        var refusal = Assert.Single(effective.Refusals);
        Assert.Equal(
            new RefusedChange("$.plans.p.regions", Placement(child, "ou-team"), ValueSettingOperators.Assign, RefusalReason.OperatorNotAllowedForChildPolicies,
                new ChildRestriction("$.plans.p.regions", Placement(s_lockedRegions, "r-root"), ValueSettingOperators.None)),
            refusal);
    }

    [Theory]
    [InlineData("@@append")]
    [InlineData("@@remove")]
    public void EveryValueSettingOperatorIsRefusedOnALockedKey(string op)
    {
        var effective = Compute(Target("r-root", s_lockedRegions), Target("ou-team", Policy("Team", """{"plans":{"p":{"regions":{"OP":["us-east-1","eu-west-1"]}}}}""".Replace("OP", op, StringComparison.Ordinal))));

        AssertJsonEqual("""["us-east-1","us-west-2"]""", effective.Document["plans"]!["p"]!["regions"]);
        Assert.Equal(RefusalReason.OperatorNotAllowedForChildPolicies, Assert.Single(effective.Refusals).Reason);
    }

    [Fact]
    public void AKeyTheParentLeftOpenCanStillBeChanged()
    {
        var effective = Compute(
            Target("r-root", s_lockedRegions),
            Target("ou-team", Policy("Team", """{"plans":{"p":{"rules":{"daily":{"target_backup_vault_name":{"@@assign":"TeamVault"}}}}}}""")));

        AssertJsonEqual("\"TeamVault\"", effective.Document["plans"]!["p"]!["rules"]!["daily"]!["target_backup_vault_name"]);
        Assert.Empty(effective.Refusals);
    }

    [Fact]
    public void AListLetsOnlyTheNamedOperatorsThrough()
    {
        var parent = Policy("Parent", """{"plans":{"p":{"regions":{"@@operators_allowed_for_child_policies":["@@append"],"@@assign":["us-east-1"]}}}}""");
        var child = Policy("Child", """{"plans":{"p":{"regions":{"@@append":["eu-west-1"],"@@remove":["us-east-1"]}}}}""");

        var effective = Compute(Target("r-root", parent), Target("ou-1", child));

        AssertJsonEqual("""["us-east-1","eu-west-1"]""", effective.Document["plans"]!["p"]!["regions"]);
        Assert.Equal(ValueSettingOperators.Remove, Assert.Single(effective.Refusals).Operator);
    }

    [Fact]
    public void AllAllowsEveryOperator()
    {
        var parent = Policy("Parent", """{"plans":{"p":{"regions":{"@@operators_allowed_for_child_policies":["@@all"],"@@assign":["us-east-1"]}}}}""");

        var effective = Compute(Target("r-root", parent), Target("ou-1", Policy("Child", """{"plans":{"p":{"regions":{"@@assign":["eu-west-1"]}}}}""")));

        AssertJsonEqual("""["eu-west-1"]""", effective.Document["plans"]!["p"]!["regions"]);
        Assert.Empty(effective.Refusals);
    }

    [Fact]
    public void AnOuCannotLoosenARestrictionItInheritedFromTheRoot()
    {
        var ouReopens = Policy("Reopen", """{"plans":{"p":{"regions":{"@@operators_allowed_for_child_policies":["@@all"]}}}}""");
        var account = Policy("Account", """{"plans":{"p":{"regions":{"@@assign":["eu-west-1"]}}}}""");

        var effective = Compute(Target("r-root", s_lockedRegions), Target("ou-team", ouReopens), Target("111111111111", account));

        AssertJsonEqual("""["us-east-1","us-west-2"]""", effective.Document["plans"]!["p"]!["regions"]);
        Assert.Equal(Placement(s_lockedRegions, "r-root"), Assert.Single(effective.Refusals).BlockedBy!.DeclaredBy);
    }

    [Fact]
    public void ARestrictionBindsEveryLevelBelowNotOnlyTheNextOne()
    {
        var account = Policy("Account", """{"plans":{"p":{"regions":{"@@assign":["eu-west-1"]}}}}""");

        var effective = Compute(Target("r-root", s_lockedRegions), Target("ou-a"), Target("ou-b"), Target("111111111111", account));

        AssertJsonEqual("""["us-east-1","us-west-2"]""", effective.Document["plans"]!["p"]!["regions"]);
        Assert.Single(effective.Refusals);
    }

    [Fact]
    public void ARestrictionDoesNotBindAnotherPolicyOnTheSameTarget()
    {
        var sibling = Policy("Sibling", """{"plans":{"p":{"regions":{"@@append":["eu-west-1"]}}}}""");

        var effective = Compute(Target("r-root", s_lockedRegions, sibling));

        AssertJsonEqual("""["us-east-1","us-west-2","eu-west-1"]""", effective.Document["plans"]!["p"]!["regions"]);
        Assert.Empty(effective.Refusals);
    }

    [Fact]
    public void ARestrictionDeclaredByAnOuBindsTheAccountsBelowIt()
    {
        var ou = Policy("Ou", """{"plans":{"p":{"rules":{"daily":{"target_backup_vault_name":{"@@operators_allowed_for_child_policies":["@@none"],"@@assign":"OuVault"}}}}}}""");
        var account = Policy("Account", """{"plans":{"p":{"rules":{"daily":{"target_backup_vault_name":{"@@assign":"AccountVault"}}}}}}""");

        var effective = Compute(Target("r-root", s_lockedRegions), Target("ou-1", ou), Target("111111111111", account));

        AssertJsonEqual("\"OuVault\"", effective.Document["plans"]!["p"]!["rules"]!["daily"]!["target_backup_vault_name"]);
        Assert.Equal(Placement(ou, "ou-1"), Assert.Single(effective.Refusals).BlockedBy!.DeclaredBy);
    }

    [Fact]
    public void NoneOnAPlanLocksEveryKeyInsideIt()
    {
        var parent = Policy("Parent", """
            {"plans":{"p":{"@@operators_allowed_for_child_policies":["@@none"],
              "regions":{"@@assign":["us-east-1"]},"rules":{"daily":{"lifecycle":{"delete_after_days":{"@@assign":"35"}}}}}}}
            """);
        var child = Policy("Child", """{"plans":{"p":{"regions":{"@@append":["eu-west-1"]},"rules":{"daily":{"lifecycle":{"delete_after_days":{"@@assign":"1"}}}}}}}""");

        var effective = Compute(Target("r-root", parent), Target("ou-1", child));

        AssertJsonEqual(Compute(Target("r-root", parent)).Document.ToJsonString(), effective.Document);
        Assert.All(effective.Refusals, r => Assert.Equal("$.plans.p", r.BlockedBy!.Path));
        Assert.Equal(["$.plans.p.regions", "$.plans.p.rules.daily.lifecycle.delete_after_days"], effective.Refusals.Select(r => r.Path));
    }

    [Fact]
    public void ANewKeyUnderALockedCollectionIsRefusedAsAnAppend()
    {
        var parent = Policy("Parent", """{"plans":{"p":{"rules":{"@@operators_allowed_for_child_policies":["@@none"],"daily":{"target_backup_vault_name":{"@@assign":"Default"}}}}}}""");
        var child = Policy("Child", """{"plans":{"p":{"rules":{"hourly":{"target_backup_vault_name":{"@@assign":"Default"}}}}}}""");

        var effective = Compute(Target("r-root", parent), Target("ou-1", child));

        Assert.Null(effective.Document["plans"]!["p"]!["rules"]!["hourly"]);
        var refusal = Assert.Single(effective.Refusals);
        Assert.Equal(("$.plans.p.rules.hourly", ValueSettingOperators.Append), (refusal.Path, refusal.Operator));
    }

    [Fact]
    public void AppendAllowedOnPlansAdmitsAChildPlanWithItsOwnAssignments()
    {
        var parent = Policy("Parent", """{"plans":{"@@operators_allowed_for_child_policies":["@@append"],"p":{"@@operators_allowed_for_child_policies":["@@none"],"regions":{"@@assign":["us-east-1"]}}}}""");
        var child = Policy("Child", """{"plans":{"team":{"regions":{"@@assign":["eu-west-1"]}},"p":{"regions":{"@@assign":["eu-west-1"]}}}}""");

        var effective = Compute(Target("r-root", parent), Target("ou-1", child));

        AssertJsonEqual("""{"plans":{"p":{"regions":["us-east-1"]},"team":{"regions":["eu-west-1"]}}}""", effective.Document);
        Assert.Equal("$.plans.p.regions", Assert.Single(effective.Refusals).Path);
    }

    [Fact]
    public void ReplacingAWholePlanIsRefusedWhenAnyKeyInsideIsLocked()
    {
        var child = Policy("Child", """{"plans":{"p":{"@@assign":{"regions":["eu-west-1"]}}}}""");

        var effective = Compute(Target("r-root", s_lockedRegions), Target("ou-1", child));

        AssertJsonEqual(Compute(Target("r-root", s_lockedRegions)).Document.ToJsonString(), effective.Document);
        var refusal = Assert.Single(effective.Refusals);
        Assert.Equal(("$.plans.p", "$.plans.p.regions"), (refusal.Path, refusal.BlockedBy!.Path));
    }

    [Fact]
    public void ReplacingAWholeOpenPlanTakesEffectAndIsTracedToTheChild()
    {
        var parent = Policy("Parent", """{"plans":{"p":{"regions":{"@@assign":["us-east-1"]}}}}""");
        var child = Policy("Child", """{"plans":{"p":{"@@assign":{"regions":["eu-west-1"]}}}}""");

        var effective = Compute(Target("r-root", parent), Target("ou-1", child));

        AssertJsonEqual("""{"plans":{"p":{"regions":["eu-west-1"]}}}""", effective.Document);
        Assert.Equal("Child", Assert.Single(effective.Origins).SetBy.PolicyName);
    }

    [Theory]
    [InlineData("\"@@none\"")]
    [InlineData("[\"@@nothing\"]")]
    [InlineData("[1]")]
    public void AnUnreadableRestrictionIsReportedAndRestrictsNothing(string list)
    {
        var parent = Policy("Parent", """{"plans":{"p":{"regions":{"@@operators_allowed_for_child_policies":LIST,"@@assign":["us-east-1"]}}}}""".Replace("LIST", list, StringComparison.Ordinal));
        var child = Policy("Child", """{"plans":{"p":{"regions":{"@@assign":["eu-west-1"]}}}}""");

        var effective = Compute(Target("r-root", parent), Target("ou-1", child));

        AssertJsonEqual("""["eu-west-1"]""", effective.Document["plans"]!["p"]!["regions"]);
        var refusal = Assert.Single(effective.Refusals);
        Assert.Equal(("$.plans.p.regions.@@operators_allowed_for_child_policies", RefusalReason.UnrecognizedSyntax), (refusal.Path, refusal.Reason));
    }
}
