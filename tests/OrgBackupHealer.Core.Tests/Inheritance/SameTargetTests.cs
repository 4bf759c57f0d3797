using OrgBackupHealer.Core.Inheritance;
using static OrgBackupHealer.Core.Tests.Inheritance.PolicyPaths;

namespace OrgBackupHealer.Core.Tests.Inheritance;

/// <summary>
/// Several policies attached to one target: evaluated in attachment order, the first attached keeps a conflicting
/// value ("Example 6: Conflicts with appending values at same hierarchy level" on
/// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_inheritance_mgmt.html).
/// </summary>
public sealed class SameTargetTests
{
    [Fact]
    public void TheFirstAttachedPolicyKeepsAConflictingAssign()
    {
        var first = Policy("First", """{"plans":{"p":{"rules":{"daily":{"target_backup_vault_name":{"@@assign":"FirstVault"}}}}}}""");
        var second = Policy("Second", """{"plans":{"p":{"rules":{"daily":{"target_backup_vault_name":{"@@assign":"SecondVault"}}}}}}""");

        var effective = Compute(Target("r-root", first, second));

        AssertJsonEqual("\"FirstVault\"", effective.Document["plans"]!["p"]!["rules"]!["daily"]!["target_backup_vault_name"]);
        var refusal = Assert.Single(effective.Refusals);
        Assert.Equal((RefusalReason.EarlierPolicyAtSameTargetWins, Placement(first, "r-root")), (refusal.Reason, refusal.EarlierPolicy));
    }

    [Fact]
    public void AttachmentOrderDecidesNotTheOrderOfLevels()
    {
        var first = Policy("First", """{"plans":{"p":{"regions":{"@@assign":["us-east-1"]}}}}""");
        var second = Policy("Second", """{"plans":{"p":{"regions":{"@@assign":["eu-west-1"]}}}}""");

        var firstThenSecond = Compute(Target("r-root", first, second));
        var secondThenFirst = Compute(Target("r-root", second, first));

        AssertJsonEqual("""["us-east-1"]""", firstThenSecond.Document["plans"]!["p"]!["regions"]);
        AssertJsonEqual("""["eu-west-1"]""", secondThenFirst.Document["plans"]!["p"]!["regions"]);
    }

    [Fact]
    public void AppendsFromTwoPoliciesOnOneTargetBothCount()
    {
        var first = Policy("First", """{"plans":{"p":{"regions":{"@@append":["us-east-1"]}}}}""");
        var second = Policy("Second", """{"plans":{"p":{"regions":{"@@append":["eu-west-1"]}}}}""");

        var effective = Compute(Target("r-root", first, second));

        AssertJsonEqual("""["us-east-1","eu-west-1"]""", effective.Document["plans"]!["p"]!["regions"]);
        Assert.Empty(effective.Refusals);
    }

    [Fact]
    public void PoliciesOnOneTargetMergeKeysTheyDoNotShare()
    {
        var first = Policy("First", """{"plans":{"p":{"regions":{"@@assign":["us-east-1"]}}}}""");
        var second = Policy("Second", """{"plans":{"p":{"rules":{"daily":{"target_backup_vault_name":{"@@assign":"Default"}}}}}}""");

        var effective = Compute(Target("r-root", first, second));

        AssertJsonEqual("""{"plans":{"p":{"regions":["us-east-1"],"rules":{"daily":{"target_backup_vault_name":"Default"}}}}}""", effective.Document);
        Assert.Equal(["First", "Second"], effective.Origins.Select(o => o.SetBy.PolicyName));
    }

    [Fact]
    public void TheSamePolicyAttachedAtTwoLevelsIsTracedToTheLowerTarget()
    {
        var policy = Policy("Shared", """{"plans":{"p":{"regions":{"@@assign":["us-east-1"]}}}}""");

        var effective = Compute(Target("r-root", policy), Target("ou-1", policy));

        Assert.Equal(Placement(policy, "ou-1"), Assert.Single(effective.Origins).SetBy);
        Assert.Empty(effective.Refusals);
    }
}
