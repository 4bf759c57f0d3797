using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Tests.Inheritance;

/// <summary>
/// The validator must accept a child control operator at every node of a plan, including directly under
/// <c>plans</c> and <c>rules</c>, where it sits beside the plans and rules it governs. "Example 3: A parent policy
/// prevents any changes by a child policy" on
/// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html#backup-policy-examples
/// places it exactly there.
/// </summary>
public sealed class ChildControlOperatorValidationTests
{
    private static string WithLocks(string template) =>
        template.Replace("LOCK", "\"@@operators_allowed_for_child_policies\":[\"@@none\"]", StringComparison.Ordinal);

    [Fact]
    public void AcceptsAChildControlOperatorBesideThePlansAndBesideTheRules()
    {
        var content = WithLocks("""
            {"plans":{LOCK,"p":{LOCK,
              "regions":{LOCK,"@@assign":["us-east-1"]},
              "rules":{LOCK,"r1":{LOCK,"target_backup_vault_name":{LOCK,"@@assign":"Default"}}},
              "selections":{LOCK,"tags":{LOCK}}}}}
            """);

        Assert.Empty(BackupPolicyValidator.Check(content, PolicyScope.Partial).Rejected);
    }

    [Fact]
    public void PlansHoldingOnlyAChildControlOperatorStillLackAPlan()
    {
        var errors = BackupPolicyValidator.Validate(WithLocks("""{"plans":{LOCK}}"""));

        Assert.Contains(errors, e => e.Path == "$.plans" && e.Message.Contains("at least one plan", StringComparison.Ordinal));
    }

    [Fact]
    public void RulesHoldingOnlyAChildControlOperatorStillLackARule()
    {
        var errors = BackupPolicyValidator.Validate(WithLocks("""
            {"plans":{"p":{"regions":{"@@assign":["us-east-1"]},"rules":{LOCK},"selections":{}}}}
            """));

        Assert.Contains(errors, e => e.Path == "$.plans.p.rules" && e.Message.Contains("at least one rule", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Path.Contains("@@operators_allowed_for_child_policies", StringComparison.Ordinal));
    }
}
