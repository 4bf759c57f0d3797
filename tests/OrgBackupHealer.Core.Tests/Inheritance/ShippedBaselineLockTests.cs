using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Inheritance;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Tests.Support;
using static OrgBackupHealer.Core.Tests.Inheritance.PolicyPaths;

namespace OrgBackupHealer.Core.Tests.Inheritance;

/// <summary>
/// The shipped policies/backup-policy.json locks its plan the way AWS's backup policy examples 3 and 4 do: @@none at
/// every node of the plan, @@append on "plans" so OUs may still add plans of their own.
/// </summary>
public sealed class ShippedBaselineLockTests
{
    private static readonly PolicyDocument s_shipped = PolicyDocument.Parse(SamplePolicies.Shipped);
    private static readonly AttachedPolicy s_managed = Policy("org-backup-baseline", SamplePolicies.Shipped);

    [Fact]
    public void TheShippedBaselineLeavesNoPlanKeyOpenToChildPolicies()
    {
        Assert.Empty(PlanLockAnalysis.FindKeysOpenToChildPolicies(s_shipped));
    }

    [Fact]
    public void WithoutItsLocksTheShippedBaselineIsOpenToChildrenEverywhere()
    {
        var unlocked = JsonNode.Parse(SamplePolicies.Shipped)!;
        foreach (var lockedNode in unlocked.AsObject().DescendantsAndSelf().Where(o => o.ContainsKey("@@operators_allowed_for_child_policies")).ToList())
        {
            lockedNode.Remove("@@operators_allowed_for_child_policies");
        }

        var open = PlanLockAnalysis.FindKeysOpenToChildPolicies(PolicyDocument.Parse(unlocked.ToJsonString()));

        Assert.Contains(new OpenKey("$.plans.org-backup-baseline.regions", ValueSettingOperators.All), open);
        Assert.Contains(new OpenKey("$.plans.org-backup-baseline.rules.daily.lifecycle.delete_after_days", ValueSettingOperators.All), open);
        Assert.Contains(new OpenKey("$.plans.org-backup-baseline.rules", ValueSettingOperators.Assign | ValueSettingOperators.Append), open);
    }

    [Fact]
    public void TheShippedBaselineStaysWellUnderTheContentLimit()
    {
        Assert.InRange(SamplePolicies.Shipped.Length, 1, BackupPolicyValidator.MaxContentLength / 2);
    }

    [Fact]
    public void ChildPoliciesCannotWeakenTheShippedBaseline()
    {
        var ou = Policy("team-backup", """
            {"plans":{"org-backup-baseline":{
              "regions":{"@@remove":["us-west-2"]},
              "rules":{"daily":{"lifecycle":{"delete_after_days":{"@@assign":"1"}}},"weekly":{"target_backup_vault_name":{"@@assign":"Other"}}},
              "selections":{"tags":{"backup-tagged-resources":{"tag_value":{"@@assign":["never"]}}}}}}}
            """);
        var account = Policy("account-backup", """{"plans":{"org-backup-baseline":{"@@assign":{"regions":["eu-west-1"]}}}}""");

        var effective = Compute(Target("r-root", s_managed), Target("ou-team", ou), Target("111111111111", account));

        var report = BaselineCoverage.Compare(s_shipped, effective);
        Assert.True(report.IsIntact, string.Join(Environment.NewLine, report.Deviations));
        Assert.Equal(5, report.BlockedAttempts.Count);
        Assert.All(report.BlockedAttempts, r => Assert.Equal(Placement(s_managed, "r-root"), r.BlockedBy!.DeclaredBy));
    }

    [Fact]
    public void AnOuMayStillAddAPlanOfItsOwnBesideTheShippedBaseline()
    {
        var ou = Policy("team-backup", """{"plans":{"team-extra":{"regions":{"@@assign":["eu-west-1"]},"rules":{"hourly":{"target_backup_vault_name":{"@@assign":"Team"}}}}}}""");

        var effective = Compute(Target("r-root", s_managed), Target("ou-team", ou));

        Assert.Empty(effective.Refusals);
        AssertJsonEqual("""{"regions":["eu-west-1"],"rules":{"hourly":{"target_backup_vault_name":"Team"}}}""", effective.Document["plans"]!["team-extra"]);
        Assert.True(BaselineCoverage.Compare(s_shipped, effective).IsIntact);
    }
}
