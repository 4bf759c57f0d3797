using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>
/// Issue 14 item 6: validate checks the grammar of AWS's "Backup policy syntax and examples" page
/// (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html), and warns
/// about plan keys left open to child policies.
/// </summary>
public sealed class ValidateCommandTests
{
    private const string Valid = """
        {"plans":{"p":{
          "regions":{"@@assign":["us-east-1"]},
          "rules":{"daily":{"schedule_expression":{"@@assign":"cron(0 5 ? * * *)"},"target_backup_vault_name":{"@@assign":"Default"},
                            "lifecycle":{"delete_after_days":{"@@assign":"35"}}}},
          "selections":{"tags":{"all":{"iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/Backup"},"tag_key":{"@@assign":"backup"},"tag_value":{"@@assign":["true"]}}}}}}}
        """;

    private static string ShippedPath => Path.Combine(AppContext.BaseDirectory, "policies", "backup-policy.json");

    [Fact]
    public async Task TheShippedPolicyIsValidWithoutWarnings()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("validate", ShippedPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{ShippedPath}: valid backup policy (AWS would accept it, and every plan is complete).", run.Out.Trim());
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData("\"lifecycle\"", "\"lifecycel\"", "$.plans.p.rules.daily.lifecycel: unknown key 'lifecycel' in a rule (did you mean 'lifecycle'?)")]
    [InlineData("{\"plans\"", "{\"foo\":1,\"plans\"", "$.foo: unknown key 'foo' in the top level of a backup policy")]
    [InlineData("\"35\"", "\"abc\"", "$.plans.p.rules.daily.lifecycle.delete_after_days.@@assign: must be a whole number of days")]
    public async Task MistakesAreErrorsWithTheirJsonPath(string from, string to, string expected)
    {
        using var cli = new CliDriver();
        var file = cli.WriteFile("policy.json", Valid.Replace(from, to, StringComparison.Ordinal));

        var run = await cli.RunAsync("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMisspeltPlansKeyIsReportedAsSuchNotOnlyAsMissingPlans()
    {
        using var cli = new CliDriver();
        var file = cli.WriteFile("policy.json", Valid.Replace("{\"plans\"", "{\"plan\"", StringComparison.Ordinal));

        var run = await cli.RunAsync("validate", file, "--output", "json");

        Assert.Equal(1, run.ExitCode);
        var errors = run.Json().GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("path").GetString(), e.GetProperty("message").GetString())).ToList();
        Assert.Contains(errors, e => e.Item1 == "$.plan" && e.Item2!.Contains("did you mean 'plans'?", StringComparison.Ordinal));
        Assert.Contains(("$.plans", "missing: the top level of a backup policy needs plans"), errors);
    }

    [Fact]
    public async Task APlanOpenToChildPoliciesIsValidWithAWarningPerOpenKey()
    {
        using var cli = new CliDriver();
        var file = cli.WriteFile("policy.json", Valid);

        var run = await cli.RunAsync("validate", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("every plan is complete), with", run.Out, StringComparison.Ordinal);
        Assert.Contains("warning: $.plans.p.regions: open to child policies (@@assign, @@append, @@remove); lock it with \"@@operators_allowed_for_child_policies\": [\"@@none\"]", run.ErrorLines);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("warning: $.plans.p.rules.daily.lifecycle.delete_after_days: open to child policies", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvalidJsonIsExplainedInWordsWithLineAndColumn()
    {
        using var cli = new CliDriver();
        var file = cli.WriteFile("policy.json", "{\n  \"plans\": {\n    \"p\": }\n}\n");

        var run = await cli.RunAsync("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("  $: not valid JSON: line 3, column 10: expected a value (a string in double quotes, a number, true, false, null, an object or an array), found '}'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADirectoryGivenAsTheFileIsCalledADirectory()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("validate", cli.WorkingDirectory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is a directory, not a file", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
