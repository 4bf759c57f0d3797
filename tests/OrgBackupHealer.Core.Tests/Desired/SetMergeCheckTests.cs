using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests.Desired;

/// <summary>
/// A tier that only adds whole plans of its own is judged alone instead of merged: for every shape of tier, that gives
/// exactly the answer the merge gives.
/// </summary>
public sealed class SetMergeCheckTests
{
    private const string Ou = "ou-ab12-34cd56ef";
    private const string IncompleteNewPlan = """{"plans":{"extra":{"regions":{"@@assign":["us-east-1"]}}}}""";
    private const string OverrideOfTheBaselinePlan = """{"plans":{"org-backup-baseline":{"regions":{"@@append":["eu-west-1"]}}}}""";
    private const string RemoveFromTheBaselinePlan = """{"plans":{"org-backup-baseline":{"regions":{"@@remove":["us-east-1","us-west-2"]}}}}""";
    private const string LockedPlans = """{"plans":{"@@operators_allowed_for_child_policies":["@@none"],"base":{"regions":{"@@assign":["us-east-1"]},"rules":{"daily":{"schedule_expression":{"@@assign":"cron(0 5 ? * * *)"},"target_backup_vault_name":{"@@assign":"Default"}}},"selections":{"tags":{"all":{"iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/Backup"},"tag_key":{"@@assign":"backup"},"tag_value":{"@@assign":["yes"]}}}}}}}""";

    private const string OpenRootWithColdStorage = """{"plans":{"base":{"regions":{"@@assign":["us-east-1"]},"rules":{"daily":{"schedule_expression":{"@@assign":"cron(0 5 ? * * *)"},"target_backup_vault_name":{"@@assign":"Default"},"lifecycle":{"move_to_cold_storage_after_days":{"@@assign":"30"},"delete_after_days":{"@@assign":"365"}}}},"selections":{"tags":{"all":{"iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/Backup"},"tag_key":{"@@assign":"backup"},"tag_value":{"@@assign":["yes"]}}}}}}}""";

    // Whole and consistent alone; merged into the root's "base", 30 days to cold storage and deletion at 100 leave 70 days in cold storage, under AWS's 90.
    private const string WholePlanShorteningTheRootsRetention = """{"plans":{"base":{"regions":{"@@assign":["us-east-1"]},"rules":{"daily":{"schedule_expression":{"@@assign":"cron(0 5 ? * * *)"},"target_backup_vault_name":{"@@assign":"Default"},"lifecycle":{"delete_after_days":{"@@assign":"100"}}}},"selections":{"tags":{"all":{"iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/Backup"},"tag_key":{"@@assign":"backup"},"tag_value":{"@@assign":["yes"]}}}}}}}""";

    private static readonly string s_production = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "policies", "prod.json"));

    public static TheoryData<string, string, string[]> Shapes() => new()
    {
        { "a whole plan of its own", SamplePolicies.Shipped, [s_production] },
        { "a plan of its own without rules", SamplePolicies.Shipped, [IncompleteNewPlan] },
        { "a change to the root's plan", SamplePolicies.Shipped, [OverrideOfTheBaselinePlan] },
        { "a removal from the root's plan", SamplePolicies.Shipped, [RemoveFromTheBaselinePlan] },
        { "a whole plan with the root's plan name", SamplePolicies.Shipped, [s_production.Replace("org-backup-prod", "org-backup-baseline", StringComparison.Ordinal)] },
        { "a whole plan under a root that locks its plans", LockedPlans, [s_production] },
        { "two tiers on one target", SamplePolicies.Shipped, [s_production, IncompleteNewPlan] },
        { "a whole plan that merges into an open root plan", OpenRootWithColdStorage, [WholePlanShorteningTheRootsRetention] },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void JudgingAWholeTierAloneGivesTheMergesAnswer(string shape, string root, string[] tiers)
    {
        // Arrange
        List<DesiredState> entries =
        [
            Entry("base", root, "root"),
            .. tiers.Select((content, i) => Entry($"tier{i}", content, Ou)),
        ];

        // Act
        var alone = SetMergeCheck.IncompleteMerges(entries).ToList();
        var merged = SetMergeCheck.IncompleteMerges(entries, judgeWholeTiersAlone: false).ToList();

        // Assert
        Assert.True(merged.SequenceEqual(alone), $"{shape}: merged [{string.Join("; ", merged)}] alone [{string.Join("; ", alone)}]");
    }

    [Fact]
    public void AWholePlanWithTheNameOfAnOpenRootPlanIsMergedAndItsInconsistencyReported()
    {
        List<DesiredState> entries = [Entry("base", OpenRootWithColdStorage, "root"), Entry("short", WholePlanShorteningTheRootsRetention, Ou)];

        var errors = SetMergeCheck.IncompleteMerges(entries).ToList();

        Assert.Contains(errors, e => e.StartsWith($"policies merged at {Ou} (base + short): $.plans.base.rules.daily.lifecycle", StringComparison.Ordinal));
    }

    [Fact]
    public void ATierOfItsOwnPlanWithoutRulesIsStillReportedAtItsTarget()
    {
        List<DesiredState> entries = [Entry("base", SamplePolicies.Shipped, "root"), Entry("extra", IncompleteNewPlan, Ou)];

        var errors = SetMergeCheck.IncompleteMerges(entries).ToList();

        Assert.Contains(errors, e => e.StartsWith($"policies merged at {Ou} (base + extra): $.plans.extra", StringComparison.Ordinal));
    }

    private static DesiredState Entry(string key, string content, string target) =>
        new(key, "d", PolicyDocument.Parse(content, PolicyScope.Partial), [target], HealerMode.Enforce, new PolicyIdentity("o", key));
}
