using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Inheritance;
using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Tests.Policies;

/// <summary>
/// Question (b) on a merged policy: <see cref="PlanCompleteness"/> judges what <see cref="EffectivePolicyCalculator"/>
/// makes of the policies on a path, the way Organizations judges an account's effective policy. The page's Example 5
/// (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html#backup-policy-example-5)
/// merges a parent and a child that holds only its changes.
/// </summary>
public sealed class PlanCompletenessTests
{
    private const string Baseline = """
        {"plans":{"p":{"regions":{"@@assign":["us-east-1"]},
          "rules":{"r":{"schedule_expression":{"@@assign":"cron(0 5 ? * * *)"},"target_backup_vault_name":{"@@assign":"Default"},
                        "lifecycle":{"move_to_cold_storage_after_days":{"@@assign":"30"},"delete_after_days":{"@@assign":"365"}}}},
          "selections":{"tags":{"t":{"iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/Backup"},"tag_key":{"@@assign":"backup"},"tag_value":{"@@assign":["true"]}}}}}}}
        """;

    private static EffectivePolicy Merge(string parent, string child) => EffectivePolicyCalculator.Compute(
    [
        new PathTarget("r-root", [new AttachedPolicy("p-parent", "parent", parent)]),
        new PathTarget("ou-team", [new AttachedPolicy("p-child", "child", child)]),
    ]);

    [Fact]
    public void Example5sChildMergedUnderItsParentIsComplete()
    {
        var effective = Merge(AwsSyntaxExamples.Example5Parent, AwsSyntaxExamples.Example5Child);

        Assert.Equal([], PlanCompleteness.Check(effective));
    }

    [Fact]
    public void Example2sTwoPlansMergedAreComplete()
    {
        var effective = Merge(AwsSyntaxExamples.Example2Parent, AwsSyntaxExamples.Example2Child);

        Assert.Equal([], PlanCompleteness.Check(effective.Document));
    }

    [Fact]
    public void AChildThatRemovesEveryRegionLeavesThePlanWithoutRegions()
    {
        var effective = Merge(Baseline, """{"plans":{"p":{"regions":{"@@remove":["us-east-1"]}}}}""");

        Assert.Equal([new PolicyValidationError("$.plans.p.regions", "missing: a plan needs rules, regions and selections")], PlanCompleteness.Check(effective));
    }

    [Fact]
    public void AChildsRetentionAcceptedAloneBreaksThe90DayRuleWithItsParentsColdStorage()
    {
        const string Child = """{"plans":{"p":{"rules":{"r":{"lifecycle":{"delete_after_days":{"@@assign":"60"}}}}}}}""";

        var effective = Merge(Baseline, Child);

        Assert.True(BackupPolicyValidator.Check(Child, PolicyScope.Partial).IsValid);
        Assert.Equal(
            [new PolicyValidationError("$.plans.p.rules.r.lifecycle.delete_after_days", "is 60 days, but a backup moved to cold storage after 30 days must stay there at least 90 days: use 120 or more")],
            PlanCompleteness.Check(effective));
    }

    [Fact]
    public void APolicyWithOperatorsAndItsEffectivePolicyGetTheSameAnswer()
    {
        var withOperators = """{"plans":{"p":{"regions":{"@@append":["us-east-1"]},"rules":{"r":{"target_backup_vault_name":{"@@assign":"Default"}}}}}}""";
        var withoutOperators = """{"plans":{"p":{"regions":["us-east-1"],"rules":{"r":{"target_backup_vault_name":"Default"}}}}}""";

        var answer = PlanCompleteness.Check(withOperators);

        Assert.Equal(
            [
                new PolicyValidationError("$.plans.p.rules.r.schedule_expression", "missing: a rule needs schedule_expression and target_backup_vault_name"),
                new PolicyValidationError("$.plans.p.selections", "missing: a plan needs rules, regions and selections"),
            ],
            answer);
        Assert.Equal(answer, PlanCompleteness.Check((JsonObject)JsonNode.Parse(withoutOperators)!));
    }

    [Fact]
    public void TheCheckedDocumentIsLeftAsItWas()
    {
        var document = (JsonObject)JsonNode.Parse(Baseline)!;
        var before = document.ToJsonString();

        PlanCompleteness.Check(document);

        Assert.Equal(before, document.ToJsonString());
    }

    [Theory]
    [InlineData("{\"plans\": ", "$: not valid JSON: line 1, column 11: ")]
    [InlineData("[1]", "$: must be a JSON object")]
    public void TextThatIsNoJsonObjectCannotBeJudged(string content, string message)
    {
        var error = Assert.Throws<PolicyDocumentException>(() => PlanCompleteness.Check(content));

        Assert.StartsWith(message, Assert.Single(error.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralRulesScanningWithoutScanSettingsAreNamedInOneError()
    {
        var scan = """{"scan_actions":{"GUARDDUTY":{"scan_mode":{"@@assign":"FULL_SCAN"}}},"target_backup_vault_name":{"@@assign":"Default"}}""";
        var policy = "{\"plans\":{\"p\":{\"rules\":{\"daily\":" + scan + ",\"monthly\":" + scan + "}}}}";

        var errors = PlanCompleteness.Check(policy);

        Assert.Contains(
            new PolicyValidationError("$.plans.p.scan_settings.GUARDDUTY", "missing: rules daily, monthly scan with GUARDDUTY (scan_actions), and AWS starts scanning jobs only when the plan's scan_settings configure GUARDDUTY"),
            errors);
    }
}
