using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests;

public sealed class PolicyDocumentTests
{
    private const string Rule = """{"schedule_expression":{"@@assign":"cron(0 5 ? * * *)"},"target_backup_vault_name":{"@@assign":"Default"}}""";

    private const string Selections = """
        "selections":{"tags":{"all":{"iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/Backup"},"tag_key":{"@@assign":"backup"},"tag_value":{"@@assign":["true"]}}}}
        """;

    private static string Plan(string members) => """{"plans":{"daily":{""" + members + "}}}";

    private static string ValidPlan => Plan($$"""
        "regions":{"@@assign":["us-east-1"]},"rules":{"r1":{{Rule}}},{{Selections}}
        """);

    [Fact]
    public void ShippedPolicyIsValid()
    {
        Assert.Empty(BackupPolicyValidator.Validate(SamplePolicies.Shipped));
        Assert.Equal(SamplePolicies.Shipped, PolicyDocument.Parse(SamplePolicies.Shipped).Content);
    }

    [Fact]
    public void MinimalPlanIsValid()
    {
        Assert.Empty(BackupPolicyValidator.Validate(ValidPlan));
    }

    public static TheoryData<string, string, string> Invalid => new()
    {
        { "{\"plans\":{\"p\":\"" + new string('x', 10_001) + "\"}}", "$", "the limit is 10000" },
        { "{\"plans\": ", "$", "not valid JSON" },
        { "[1, 2]", "$", "must be a JSON object" },
        { "{\"plans\":{},\"plans\":{}}", "$", "not valid JSON" },
        { "{\"other\":{}}", "$.plans", "missing: the top level of a backup policy needs plans" },
        { "{\"plans\":{}}", "$.plans", "empty: a backup policy needs at least one plan" },
        { Plan($$"""  "rules":{"r1":{{Rule}}},{{Selections}}  """), "$.plans.daily.regions", "missing: a plan needs rules, regions and selections" },
        { Plan($$"""  "regions":{"@@assign":["us-east-1"]},{{Selections}}  """), "$.plans.daily.rules", "missing: a plan needs rules, regions and selections" },
        { Plan($$"""  "regions":{"@@assign":["us-east-1"]},"rules":{"r1":{{Rule}}}  """), "$.plans.daily.selections", "missing: a plan needs rules, regions and selections" },
        { Plan("""  "regions":{"@@assign":["us-east-1"]},"rules":{"r1":{"schedule_expression":{"@@assign":"cron(0 5 ? * * *)"}}},""" + Selections), "$.plans.daily.rules.r1.target_backup_vault_name", "missing: a rule needs schedule_expression and target_backup_vault_name" },
        { Plan($$"""  "regions":{"@@replace":["us-east-1"]},"rules":{"r1":{{Rule}}},{{Selections}}  """), "$.plans.daily.regions.@@replace", "unknown inheritance operator '@@replace'" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void RejectsInvalidDocumentsNamingTheJsonPath(string content, string path, string message)
    {
        var error = Assert.Throws<PolicyDocumentException>(() => PolicyDocument.Parse(content));

        Assert.Contains(error.Errors, e => e.Path == path && e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Contains($"{path}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptsEveryDocumentedInheritanceOperator()
    {
        var content = Plan($$"""
            "regions":{"@@append":["eu-west-1"],"@@remove":["us-west-1"],"@@operators_allowed_for_child_policies":["@@none"]},
            "rules":{"r1":{{Rule}}},{{Selections}}
            """);

        Assert.Empty(BackupPolicyValidator.Validate(content));
    }

    [Fact]
    public void SemanticComparisonIgnoresWhitespaceAndKeyOrder()
    {
        var document = PolicyDocument.Parse(SamplePolicies.Shipped);

        Assert.True(document.SemanticallyEquals(SamplePolicies.Reformatted));
        Assert.True(document.SemanticallyEquals("\n  " + SamplePolicies.Shipped.Replace("\n", "\n\t\t", StringComparison.Ordinal)));
        Assert.NotEqual(SamplePolicies.Shipped, SamplePolicies.Reformatted);
    }

    [Fact]
    public void SemanticComparisonIgnoresPropertyOrderInASmallDocument()
    {
        var document = PolicyDocument.Parse(Plan($$"""  "regions":{"@@assign":["us-east-1"]},"rules":{"r1":{{Rule}}},{{Selections}}  """));

        Assert.True(document.SemanticallyEquals(Plan($$"""  {{Selections}},"rules":{"r1":{{Rule}}},"regions":{"@@assign":["us-east-1"]}  """)));
    }

    [Theory]
    [InlineData("\"35\"", "\"7\"")]
    [InlineData("\"35\"", "35")]
    [InlineData("[\"us-east-1\", \"us-west-2\"]", "[\"us-west-2\", \"us-east-1\"]")]
    public void SemanticComparisonSeesValueChanges(string original, string changed)
    {
        var document = PolicyDocument.Parse(SamplePolicies.Shipped);
        var edited = SamplePolicies.Shipped.Replace(original, changed, StringComparison.Ordinal);

        Assert.NotEqual(SamplePolicies.Shipped, edited);
        Assert.False(document.SemanticallyEquals(edited));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{not json")]
    [InlineData("{\"plans\":{}}")]
    [InlineData("{\"plans\":{},\"plans\":{}}")]
    public void ContentThatIsMissingOrNotJsonOrDifferentIsNotEqual(string? other)
    {
        Assert.False(PolicyDocument.Parse(SamplePolicies.Shipped).SemanticallyEquals(other));
    }
}
