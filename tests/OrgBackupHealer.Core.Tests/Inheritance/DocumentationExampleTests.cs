using OrgBackupHealer.Core.Inheritance;
using static OrgBackupHealer.Core.Tests.Inheritance.BackupPolicyExamples;
using static OrgBackupHealer.Core.Tests.Inheritance.PolicyPaths;
using static OrgBackupHealer.Core.Tests.Inheritance.TagPolicyInheritanceExamples;

namespace OrgBackupHealer.Core.Tests.Inheritance;

/// <summary>
/// The worked examples of AWS's documentation as fixtures. Sources, headings and every correction are on the fixture
/// constants in <see cref="TagPolicyInheritanceExamples"/> (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_inheritance_mgmt.html,
/// "Policy inheritance examples") and <see cref="BackupPolicyExamples"/>
/// (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html, "Backup policy examples").
/// </summary>
public sealed class DocumentationExampleTests
{
    private const string Root = "r-root";

    // Inheritance page, "Example 1: Allow child policies to overwrite only tag values".
    [Fact]
    public void InheritanceExample1ChildAssignOverwritesTheInheritedValues()
    {
        var effective = Compute(Target(Root, Policy("A", PolicyA)), Target("ou-1", Policy("B", PolicyB)), Target("111111111111"));

        AssertJsonEqual(EffectiveAB, effective.Document);
        Assert.Empty(effective.Refusals);
    }

    // Inheritance page, "Example 2: Append new values to inherited tags".
    [Fact]
    public void InheritanceExample2ChildAppendAddsToTheInheritedValues()
    {
        var effective = Compute(Target(Root, Policy("A", PolicyA)), Target("ou-2", Policy("C", PolicyC)), Target("999999999999"));

        AssertJsonEqual(EffectiveAC, effective.Document);
    }

    // Inheritance page, "Example 3: Remove values from inherited tags" (policy D corrected, see its summary).
    [Fact]
    public void InheritanceExample3AccountRemoveTakesValuesAndEmptiesEnforcedFor()
    {
        var d = Policy("D", PolicyD);

        var effective = Compute(Target(Root, Policy("A", PolicyA)), Target("ou-2", Policy("C", PolicyC)), Target("999999999999", d));

        AssertJsonEqual(EffectiveACD, effective.Document);
        Assert.Equal(Placement(d, "999999999999"), effective.FindOrigin("$.tags.costcenter.enforced_for")!.SetBy);
    }

    // Inheritance page, "Example 4: Restrict changes to child policies".
    [Fact]
    public void InheritanceExample4LockedKeyRefusesTheChildButTheAppendOnlyValuesTakeItsAppend()
    {
        var e = Policy("E", PolicyE);
        var f = Policy("F", PolicyF);

        var effective = Compute(Target(Root, e), Target("ou-1", f));

        AssertJsonEqual(EffectiveEF, effective.Document);
        var refusal = Assert.Single(effective.Refusals);
        Assert.Equal(("$.tags.project.tag_key", Placement(f, "ou-1"), Placement(e, Root)), (refusal.Path, refusal.AttemptedBy, refusal.BlockedBy!.DeclaredBy));
    }

    // Inheritance page, "Example 5: Conflicts with child control operators".
    [Fact]
    public void InheritanceExample5RestrictionsOnOneTargetIntersect()
    {
        var g = Policy("G", PolicyG);

        var effective = Compute(Target(Root, g, Policy("H", PolicyH)), Target("ou-1", Policy("Child", ChildOfGAndH)));

        AssertJsonEqual("""{"tags":{"project":{"tag_value":["Maintenance","Research"]}}}""", effective.Document);
        var refusal = Assert.Single(effective.Refusals);
        Assert.Equal((ValueSettingOperators.Remove, Placement(g, Root)), (refusal.Operator, refusal.BlockedBy!.DeclaredBy));
    }

    // Inheritance page, "Example 6: Conflicts with appending values at same hierarchy level".
    [Fact]
    public void InheritanceExample6FirstPolicyAttachedToTheRootWins()
    {
        var j = Policy("J", PolicyJ);

        var effective = Compute(Target(Root, j, Policy("K", PolicyK)));

        AssertJsonEqual(EffectiveJK, effective.Document);
        Assert.Equal((RefusalReason.EarlierPolicyAtSameTargetWins, Placement(j, Root)), (Assert.Single(effective.Refusals).Reason, effective.Refusals[0].EarlierPolicy));
    }

    // Backup policy examples, "Example 1: Policy assigned to a parent node".
    [Fact]
    public void BackupExample1AParentAloneBecomesTheEffectivePolicy()
    {
        var effective = Compute(Target(Root, Policy("Parent", Example1Parent)), Target("123456789012"));

        AssertJsonEqual(Example1Effective, effective.Document);
        Assert.Empty(effective.Refusals);
    }

    // Backup policy examples, "Example 2: A parent policy is merged with a child policy".
    [Fact]
    public void BackupExample2ParentAndChildPlansAreBothInEffect()
    {
        var effective = Compute(Target(Root, Policy("Parent", Example2Parent)), Target("123456789012", Policy("Child", Example2Child)));

        AssertJsonEqual(Example2Effective, effective.Document);
        Assert.Equal("Child", effective.FindOrigin("$.plans.Monthly_Backup_Plan.regions")!.SetBy.PolicyName);
    }

    // Backup policy examples, "Example 3: A parent policy prevents any changes by a child policy".
    [Fact]
    public void BackupExample3AFullyLockedParentIgnoresEveryChildChange()
    {
        var parent = Policy("Parent", Example3Parent);

        var effective = Compute(Target(Root, parent), Target("ou-1", Policy("Child", Example3Child)));

        AssertJsonEqual(Example3Effective, effective.Document);
        Assert.Equal(
            ["$.plans.PII_Backup_Plan.regions", "$.plans.PII_Backup_Plan.rules.Hourly.lifecycle.to_delete_after_days",
             "$.plans.PII_Backup_Plan.selections.tags.datatype.tag_value", "$.plans.Child_Plan"],
            effective.Refusals.Select(r => r.Path));
        Assert.All(effective.Refusals, r => Assert.Equal(Placement(parent, Root), r.BlockedBy!.DeclaredBy));
    }

    // Backup policy examples, "Example 4: A parent policy prevents changes to one backup plan by a child policy".
    [Fact]
    public void BackupExample4AChildMayAddAPlanButNotChangeTheLockedOne()
    {
        var effective = Compute(
            Target(Root, Policy("Parent", Example4Parent)),
            Target("ou-1", Policy("Child", Example4Child), Policy("ChangesLockedPlan", Example4ChildChangingTheLockedPlan)));

        AssertJsonEqual(Example4Effective, effective.Document);
        var refusal = Assert.Single(effective.Refusals);
        Assert.Equal(("$.plans.PII_Backup_Plan.regions", "$.plans.PII_Backup_Plan"), (refusal.Path, refusal.BlockedBy!.Path));
    }

    // Backup policy examples, "Example 5: A child policy overrides settings in a parent policy".
    [Fact]
    public void BackupExample5ChildAssignsOverrideTheParentSettingsTheyName()
    {
        var child = Policy("Child", Example5Child);

        var effective = Compute(Target(Root, Policy("Parent", Example5Parent)), Target("123456789012", child));

        AssertJsonEqual(Example5Effective, effective.Document);
        Assert.Equal(
            ["$.plans.PII_Backup_Plan.regions", "$.plans.PII_Backup_Plan.rules.Hourly.schedule_expression",
             "$.plans.PII_Backup_Plan.rules.Hourly.start_backup_window_minutes", "$.plans.PII_Backup_Plan.rules.Hourly.target_backup_vault_name",
             "$.plans.PII_Backup_Plan.rules.Hourly.lifecycle.to_delete_after_days", "$.plans.PII_Backup_Plan.rules.Hourly.lifecycle.move_to_cold_storage_after_days"],
            effective.Origins.Where(o => o.SetBy == Placement(child, "123456789012")).Select(o => o.Path));
    }
}
