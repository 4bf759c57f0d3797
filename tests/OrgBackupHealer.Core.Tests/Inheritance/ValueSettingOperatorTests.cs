using OrgBackupHealer.Core.Inheritance;
using static OrgBackupHealer.Core.Tests.Inheritance.PolicyPaths;

namespace OrgBackupHealer.Core.Tests.Inheritance;

/// <summary>
/// One behaviour per test for @@assign, @@append and @@remove as
/// https://docs.aws.amazon.com/organizations/latest/userguide/policy-operators.html describes them ("Value-setting
/// operators"), with a root policy as the parent and an OU policy as the child.
/// </summary>
public sealed class ValueSettingOperatorTests
{
    private static readonly AttachedPolicy s_parent = Policy("Parent", """
        {"plans":{"p":{"regions":{"@@assign":["us-east-1","us-west-2"]},"rules":{"daily":{"target_backup_vault_name":{"@@assign":"Default"}}}}}}
        """);

    private static EffectivePolicy WithChild(string childContent) =>
        Compute(Target("r-root", s_parent), Target("ou-1", Policy("Child", childContent)));

    [Fact]
    public void AssignOverwritesAnInheritedSingleValue()
    {
        var effective = WithChild("""{"plans":{"p":{"rules":{"daily":{"target_backup_vault_name":{"@@assign":"Other"}}}}}}""");

        AssertJsonEqual("\"Other\"", effective.Document["plans"]!["p"]!["rules"]!["daily"]!["target_backup_vault_name"]);
    }

    [Fact]
    public void AssignReplacesEveryValueOfAnInheritedArray()
    {
        var effective = WithChild("""{"plans":{"p":{"regions":{"@@assign":["eu-west-1"]}}}}""");

        AssertJsonEqual("""["eu-west-1"]""", effective.Document["plans"]!["p"]!["regions"]);
    }

    [Fact]
    public void AssignAddsASettingThatIsNotInherited()
    {
        var effective = WithChild("""{"plans":{"p":{"rules":{"daily":{"schedule_expression":{"@@assign":"cron(0 5 ? * * *)"}}}}}}""");

        AssertJsonEqual(
            """{"target_backup_vault_name":"Default","schedule_expression":"cron(0 5 ? * * *)"}""",
            effective.Document["plans"]!["p"]!["rules"]!["daily"]);
    }

    [Fact]
    public void AppendAddsValuesAfterTheInheritedOnes()
    {
        var effective = WithChild("""{"plans":{"p":{"regions":{"@@append":["eu-west-1"]}}}}""");

        AssertJsonEqual("""["us-east-1","us-west-2","eu-west-1"]""", effective.Document["plans"]!["p"]!["regions"]);
    }

    [Fact]
    public void AppendAddsTheSettingWhenNothingIsInherited()
    {
        var effective = Compute(Target("r-root", Policy("Only", """{"plans":{"p":{"regions":{"@@append":["eu-west-1"]}}}}""")));

        AssertJsonEqual("""{"plans":{"p":{"regions":["eu-west-1"]}}}""", effective.Document);
    }

    [Fact]
    public void AppendOfAValueAlreadyInheritedDoesNotDuplicateItOrClaimTheSetting()
    {
        var effective = WithChild("""{"plans":{"p":{"regions":{"@@append":["us-west-2"]}}}}""");

        AssertJsonEqual("""["us-east-1","us-west-2"]""", effective.Document["plans"]!["p"]!["regions"]);
        Assert.Equal("Parent", effective.FindOrigin("$.plans.p.regions")!.SetBy.PolicyName);
    }

    [Fact]
    public void RemoveTakesOnlyTheNamedValues()
    {
        var effective = WithChild("""{"plans":{"p":{"regions":{"@@remove":["us-west-2","ap-south-1"]}}}}""");

        AssertJsonEqual("""["us-east-1"]""", effective.Document["plans"]!["p"]!["regions"]);
        Assert.Equal(new SettingOrigin("$.plans.p.regions", new("p-child", "Child", "ou-1"), ValueSettingOperators.Remove), effective.FindOrigin("$.plans.p.regions"));
    }

    [Fact]
    public void RemoveOfValuesThatAreNotThereChangesNothing()
    {
        var effective = WithChild("""{"plans":{"p":{"regions":{"@@remove":["ap-south-1"]},"selections":{"@@remove":["x"]}}}}""");

        AssertJsonEqual("""["us-east-1","us-west-2"]""", effective.Document["plans"]!["p"]!["regions"]);
        Assert.Equal("Parent", effective.FindOrigin("$.plans.p.regions")!.SetBy.PolicyName);
        Assert.Null(effective.Document["plans"]!["p"]!["selections"]);
    }

    [Fact]
    public void RemovingTheLastValueDropsTheSettingButKeepsWhoRemovedIt()
    {
        var effective = WithChild("""{"plans":{"p":{"regions":{"@@remove":["us-east-1","us-west-2"]}}}}""");

        Assert.False(effective.Document["plans"]!["p"]!.AsObject().ContainsKey("regions"));
        var origin = effective.FindOrigin("$.plans.p.regions")!;
        Assert.Equal(("Child", ValueSettingOperators.Remove), (origin.SetBy.PolicyName, origin.Operator));
    }

    [Theory]
    [InlineData("""{"plans":{"p":{"rules":{"daily":{"target_backup_vault_name":{"@@append":["Other"]}}}}}}""", "$.plans.p.rules.daily.target_backup_vault_name")]
    [InlineData("""{"plans":{"p":{"regions":{"@@append":"eu-west-1"}}}}""", "$.plans.p.regions")]
    [InlineData("""{"plans":{"p":{"rules":{"@@remove":["daily"]}}}}""", "$.plans.p.rules")]
    public void AppendOrRemoveOnSomethingThatIsNotAnArrayIsRefused(string child, string path)
    {
        var effective = WithChild(child);

        var refusal = Assert.Single(effective.Refusals);
        Assert.Equal((path, RefusalReason.NotMultiValued), (refusal.Path, refusal.Reason));
        AssertJsonEqual(Compute(Target("r-root", s_parent)).Document.ToJsonString(), effective.Document);
    }

    [Fact]
    public void ABareValueIsReadAsAnAssign()
    {
        var effective = WithChild("""{"plans":{"p":{"regions":["eu-west-1"]}}}""");

        AssertJsonEqual("""["eu-west-1"]""", effective.Document["plans"]!["p"]!["regions"]);
        Assert.Equal(ValueSettingOperators.Assign, effective.FindOrigin("$.plans.p.regions")!.Operator);
    }

    [Fact]
    public void TheEffectiveDocumentHasNoOperatorsLeft()
    {
        var effective = WithChild("""{"plans":{"@@operators_allowed_for_child_policies":["@@all"],"p":{"regions":{"@@append":["eu-west-1"],"@@operators_allowed_for_child_policies":["@@none"]}}}}""");

        Assert.DoesNotContain("@@", effective.Document.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AChildKeySpelledInAnotherCaseReachesTheParentKeyAndKeepsItsSpelling()
    {
        var effective = WithChild("""{"plans":{"P":{"Rules":{"DAILY":{"target_backup_vault_name":{"@@assign":"Other"}}}}}}""");

        AssertJsonEqual("\"Other\"", effective.Document["plans"]!["p"]!["rules"]!["daily"]!["target_backup_vault_name"]);
        Assert.Equal("Child", effective.FindOrigin("$.plans.p.rules.daily.target_backup_vault_name")!.SetBy.PolicyName);
    }

    [Fact]
    public void AnUnknownOperatorIsRefusedAndChangesNothing()
    {
        var effective = WithChild("""{"plans":{"p":{"regions":{"@@replace":["eu-west-1"]}}}}""");

        var refusal = Assert.Single(effective.Refusals);
        Assert.Equal(("$.plans.p.regions.@@replace", RefusalReason.UnrecognizedSyntax), (refusal.Path, refusal.Reason));
        AssertJsonEqual("""["us-east-1","us-west-2"]""", effective.Document["plans"]!["p"]!["regions"]);
    }

    [Fact]
    public void KeysBesideAValueSettingOperatorAreRefused()
    {
        var effective = WithChild("""{"plans":{"p":{"regions":{"@@assign":["eu-west-1"],"extra":{"@@assign":"x"}}}}}""");

        var refusal = Assert.Single(effective.Refusals);
        Assert.Equal(("$.plans.p.regions.extra", RefusalReason.UnrecognizedSyntax), (refusal.Path, refusal.Reason));
        AssertJsonEqual("""["eu-west-1"]""", effective.Document["plans"]!["p"]!["regions"]);
    }

    [Fact]
    public void AKeyWithCharactersOutsideAPlainNameIsPathedInBrackets()
    {
        var effective = Compute(Target("r-root", Policy("Only", """
            {"plans":{"p":{"rules":{"daily":{"copy_actions":{"arn:aws:backup:us-east-1:$account:backup-vault:v":{"target_backup_vault_arn":{"@@assign":"arn"}}}}}}}}
            """)));

        Assert.NotNull(effective.FindOrigin("$.plans.p.rules.daily.copy_actions['arn:aws:backup:us-east-1:$account:backup-vault:v'].target_backup_vault_arn"));
    }

    [Fact]
    public void AnEmptyPathGivesAnEmptyDocument()
    {
        var effective = Compute();

        AssertJsonEqual("{}", effective.Document);
        Assert.Empty(effective.Origins);
        Assert.Empty(effective.Refusals);
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("{\"plans\":")]
    [InlineData("{\"plans\":{},\"plans\":{}}")]
    public void ContentThatIsNotAJsonObjectIsAPolicyDocumentError(string content)
    {
        var error = Assert.Throws<Core.Policies.PolicyDocumentException>(() => Compute(Target("r-root", Policy("Broken", content))));

        Assert.Contains("Broken (p-broken)", error.Message, StringComparison.Ordinal);
    }
}
