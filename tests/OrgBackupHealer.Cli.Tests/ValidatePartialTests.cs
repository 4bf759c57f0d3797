using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>
/// validate answers two questions apart (docs/policy-rules.md): would AWS accept the document, and is every plan
/// complete. A child policy that holds only its changes, as in "Example 5: A child policy overrides settings in a
/// parent policy" (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html#backup-policy-example-5),
/// passes with --partial and is incomplete without it.
/// </summary>
public sealed class ValidatePartialTests
{
    private const string Child = """
        {"plans":{"PII_Backup_Plan":{
          "regions":{"@@assign":["us-west-2","eu-central-1"]},
          "rules":{"Hourly":{"schedule_expression":{"@@assign":"cron(0 0/2 ? * * *)"},"start_backup_window_minutes":{"@@assign":"80"},
                             "target_backup_vault_name":{"@@assign":"Default"}}}}}}
        """;

    private const string Missing = "$.plans.PII_Backup_Plan.selections: missing: a plan needs rules, regions and selections";

    [Fact]
    public async Task APartialChildPolicyIsValidWithPartial()
    {
        using var cli = new CliDriver();
        var file = cli.WriteFile("child.json", Child);

        var run = await cli.RunAsync("validate", "--partial", file);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"{file}: valid partial backup policy (AWS would accept it; --partial leaves completeness to the policies it merges with)", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(run.ErrorLines, l => l.StartsWith("$.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutPartialTheSameChildIsIncompleteAndTheMissingElementIsNamedWhereItBelongs()
    {
        using var cli = new CliDriver();
        var file = cli.WriteFile("child.json", Child);

        var run = await cli.RunAsync("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                $"{file}: 1 error(s):",
                "incomplete: its plans lack elements AWS requires in an effective policy:",
                Missing,
                "(a child policy that holds only its changes is complete once merged: check it with validate --partial)",
            ],
            run.ErrorLines);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task ADocumentAwsWouldRefuseIsRejectedWithOrWithoutPartial()
    {
        using var cli = new CliDriver();
        var file = cli.WriteFile("child.json", Child.Replace("cron(0 0/2 ? * * *)", "cron(75 5 ? * * *)", StringComparison.Ordinal));

        var partial = await cli.RunAsync("validate", "--partial", file);
        var standalone = await cli.RunAsync("validate", file);

        const string Cron = "$.plans.PII_Backup_Plan.rules.Hourly.schedule_expression.@@assign: \"cron(75 5 ? * * *)\": minutes (1st field) must be 0 to 59, or a list, range or increment of them; found \"75\"";
        Assert.Equal((1, 1), (partial.ExitCode, standalone.ExitCode));
        Assert.Equal([$"{file}: 1 error(s):", "rejected: AWS would not accept the document:", Cron], partial.ErrorLines);
        Assert.Equal(
            [$"{file}: 2 error(s):", "rejected: AWS would not accept the document:", Cron, "incomplete: its plans lack elements AWS requires in an effective policy:", Missing],
            standalone.ErrorLines);
    }

    [Fact]
    public async Task TheJsonReportAnswersEachQuestionAskedAndTellsWhichQuestionEachErrorAnswers()
    {
        using var cli = new CliDriver();
        var file = cli.WriteFile("child.json", Child);

        var standalone = (await cli.RunAsync("validate", file, "--output", "json")).Json();
        var partial = (await cli.RunAsync("validate", "--partial", file, "--output", "json")).Json();

        Assert.Equal(("standalone", true, false, false), (standalone.GetProperty("scope").GetString(), standalone.GetProperty("accepted").GetBoolean(), standalone.GetProperty("complete").GetBoolean(), standalone.GetProperty("valid").GetBoolean()));
        var error = Assert.Single(standalone.GetProperty("errors").EnumerateArray().ToList());
        Assert.Equal(("$.plans.PII_Backup_Plan.selections", "incomplete"), (error.GetProperty("path").GetString(), error.GetProperty("kind").GetString()));
        Assert.Equal(("partial", true, true), (partial.GetProperty("scope").GetString(), partial.GetProperty("accepted").GetBoolean(), partial.GetProperty("valid").GetBoolean()));
        Assert.False(partial.TryGetProperty("complete", out _));
        Assert.Empty(partial.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task AwsSpellingOfTheVssSettingIsAcceptedAndTheApisSpellingIsNot()
    {
        using var cli = new CliDriver();
        var page = cli.WriteFile("page.json", """{"plans":{"p":{"advanced_backup_settings":{"ec2":{"windows_vss":{"@@assign":"enabled"}}}}}}""");
        var api = cli.WriteFile("api.json", """{"plans":{"p":{"advanced_backup_settings":{"ec2":{"WindowsVSS":{"@@assign":"enabled"}}}}}}""");

        var accepted = await cli.RunAsync("validate", "--partial", page);
        var rejected = await cli.RunAsync("validate", "--partial", api);

        Assert.Equal((0, 1), (accepted.ExitCode, rejected.ExitCode));
        Assert.Contains("$.plans.p.advanced_backup_settings.ec2.WindowsVSS: unknown key 'WindowsVSS' in EC2 advanced backup settings (did you mean 'windows_vss'?); known keys: windows_vss", rejected.ErrorLines);
    }
}
