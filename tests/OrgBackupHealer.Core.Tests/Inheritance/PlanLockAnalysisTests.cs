using OrgBackupHealer.Core.Inheritance;
using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Tests.Inheritance;

public sealed class PlanLockAnalysisTests
{
    private const string OpenPlan = """
        {"plans":{"p":{
          "regions":{"@@assign":["us-east-1"]},
          "rules":{"daily":{"target_backup_vault_name":{"@@assign":"Default"}}},
          "selections":{"tags":{"t":{"tag_key":{"@@assign":"backup"}}}}}}}
        """;

    private static IReadOnlyList<OpenKey> OpenKeysOf(string content) =>
        PlanLockAnalysis.FindKeysOpenToChildPolicies(PolicyDocument.Parse(content, PolicyScope.Partial));

    [Fact]
    public void APlanWithoutRestrictionsIsOpenEverywhere()
    {
        var open = OpenKeysOf(OpenPlan);

        const ValueSettingOperators Collection = ValueSettingOperators.Assign | ValueSettingOperators.Append;
        Assert.Equal(
            [
                new OpenKey("$.plans.p", Collection),
                new OpenKey("$.plans.p.regions", ValueSettingOperators.All),
                new OpenKey("$.plans.p.rules", Collection),
                new OpenKey("$.plans.p.rules.daily", Collection),
                new OpenKey("$.plans.p.rules.daily.target_backup_vault_name", ValueSettingOperators.All),
                new OpenKey("$.plans.p.selections", Collection),
                new OpenKey("$.plans.p.selections.tags", Collection),
                new OpenKey("$.plans.p.selections.tags.t", Collection),
                new OpenKey("$.plans.p.selections.tags.t.tag_key", ValueSettingOperators.All),
            ],
            open);
    }

    [Fact]
    public void NoneOnThePlanClosesEveryKeyInsideIt()
    {
        var open = OpenKeysOf(OpenPlan.Replace("\"p\":{", "\"p\":{\"@@operators_allowed_for_child_policies\":[\"@@none\"],", StringComparison.Ordinal));

        Assert.Empty(open);
    }

    [Fact]
    public void AwsExampleOfAFullyLockedParentHasNoOpenKey()
    {
        // The page's example writes "to_delete_after_days" and ":vault:" ARNs, which the validator rejects; the lock
        // analysis reads any content, so it is analysed as published.
        Assert.Empty(PlanLockAnalysis.FindKeysOpenToChildPolicies(BackupPolicyExamples.Example3Parent));
    }

    [Fact]
    public void AppendOnlyOnPlansLeavesOnlyAppendOpenInsideEveryPlan()
    {
        var content = """
            {"plans":{"@@operators_allowed_for_child_policies":["@@append"],
              "p":{"regions":{"@@assign":["us-east-1"]},"rules":{"daily":{"target_backup_vault_name":{"@@assign":"Default"}}},"selections":{}}}}
            """;

        var open = OpenKeysOf(content);

        Assert.Equal(
            ["$.plans.p", "$.plans.p.regions", "$.plans.p.rules", "$.plans.p.rules.daily", "$.plans.p.rules.daily.target_backup_vault_name", "$.plans.p.selections"],
            open.Select(k => k.Path));
        Assert.All(open, k => Assert.Equal(ValueSettingOperators.Append, k.ChildOperators));
    }

    [Fact]
    public void ACollectionWithNoKeysYetIsStillOpenToKeysFromAChild()
    {
        var content = """
            {"plans":{"p":{"@@operators_allowed_for_child_policies":["@@append"],
              "regions":{"@@assign":["us-east-1"],"@@operators_allowed_for_child_policies":["@@none"]},
              "rules":{"@@operators_allowed_for_child_policies":["@@none"],"daily":{"target_backup_vault_name":{"@@assign":"Default"}}},
              "selections":{"tags":{"@@operators_allowed_for_child_policies":["@@append","@@remove"]}}}}}
            """;

        var open = OpenKeysOf(content);

        Assert.Equal(
            [
                new OpenKey("$.plans.p", ValueSettingOperators.Append),
                new OpenKey("$.plans.p.selections", ValueSettingOperators.Append),
                new OpenKey("$.plans.p.selections.tags", ValueSettingOperators.Append),
            ],
            open);
    }

    [Fact]
    public void OneUnlockedKeyInAnOtherwiseLockedPlanIsTheOnlyOneReported()
    {
        var content = """
            {"plans":{"p":{
              "regions":{"@@assign":["us-east-1"],"@@operators_allowed_for_child_policies":["@@none"]},
              "rules":{"daily":{"@@operators_allowed_for_child_policies":["@@none"],"target_backup_vault_name":{"@@assign":"Default"}},
                       "@@operators_allowed_for_child_policies":["@@none"]},
              "selections":{"@@operators_allowed_for_child_policies":["@@none"]},
              "backup_plan_tags":{"@@operators_allowed_for_child_policies":["@@none"],"owner":{"tag_key":{"@@assign":"owner"}}},
              "advanced_backup_settings":{"ec2":{"windows_vss":{"@@assign":"enabled","@@operators_allowed_for_child_policies":["@@remove"]}}},
              "@@operators_allowed_for_child_policies":["@@assign","@@remove"]}}}
            """;

        var open = OpenKeysOf(content);

        Assert.Equal([new OpenKey("$.plans.p.advanced_backup_settings.ec2.windows_vss", ValueSettingOperators.Remove)], open);
    }

    [Fact]
    public void AWarningLineNamesThePathTheOperatorsAndTheFix()
    {
        var line = new OpenKey("$.plans.p.regions", ValueSettingOperators.Assign | ValueSettingOperators.Remove).ToString();

        Assert.Equal("$.plans.p.regions: open to child policies (@@assign, @@remove); lock it with \"@@operators_allowed_for_child_policies\": [\"@@none\"]", line);
    }
}
