using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests.Policies;

/// <summary>
/// The grammar of "Backup policy syntax and examples",
/// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html: each kind of
/// mistake is reported at its JSON path (AWS's own examples are in AwsSyntaxExampleVerdictTests, one document per rule
/// of docs/policy-rules.md in PolicyRuleTableTests).
/// </summary>
public sealed class BackupPolicyGrammarTests
{
    private const string Rule = """
        "schedule_expression":{"@@assign":"cron(0 5 ? * * *)"},"target_backup_vault_name":{"@@assign":"Default"},
        "lifecycle":{"delete_after_days":{"@@assign":"35"}}
        """;

    private const string Selections = """
        "selections":{"tags":{"all":{"iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/Backup"},"tag_key":{"@@assign":"backup"},"tag_value":{"@@assign":["true"]}}}}
        """;

    /// <summary>A valid one-plan policy with <paramref name="from"/> replaced by <paramref name="to"/>.</summary>
    private static string Policy(string from = "", string to = "")
    {
        var valid = """{"plans":{"p":{"regions":{"@@assign":["us-east-1"]},"rules":{"r":{""" + Rule + "}}," + Selections + "}}}";
        return from.Length == 0 ? valid : valid.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTemplateOfTheseTestsIsValid()
    {
        Assert.Empty(BackupPolicyValidator.Validate(Policy()));
    }

    [Fact]
    public void TheShippedPolicyIsValid()
    {
        Assert.Empty(BackupPolicyValidator.Validate(SamplePolicies.Shipped));
    }

    [Fact]
    public void NewerRuleAndSelectionKeysAreKnown()
    {
        var content = Policy("\"lifecycle\":{\"delete_after_days\":{\"@@assign\":\"35\"}}", """
            "schedule_expression_timezone":{"@@assign":"America/Argentina/Buenos_Aires"},
            "enable_continuous_backup":{"@@assign":true},
            "lifecycle":{"delete_after_days":{"@@assign":35},"opt_in_to_archive_for_supported_resources":{"@@assign":"false"}},
            "index_actions":{"resource_types":{"@@assign":["EBS"]}}
            """).Replace("\"selections\":{", """
            "selections":{"resources":{"ec2":{"iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/Backup"},
              "resource_types":{"@@assign":["arn:aws:ec2:*:*:instance/*"]},
              "conditions":{"string_equals":{"env":{"condition_key":{"@@assign":"aws:ResourceTag/env"},"condition_value":{"@@assign":"prod"}}}}}},
            """, StringComparison.Ordinal);

        Assert.Empty(BackupPolicyValidator.Validate(content));
    }

    public static TheoryData<string, string, string> Mistakes => new()
    {
        { Policy("\"lifecycle\"", "\"lifecycel\""), "$.plans.p.rules.r.lifecycel", "unknown key 'lifecycel' in a rule (did you mean 'lifecycle'?)" },
        { Policy("{\"plans\"", "{\"foo\":{},\"plans\""), "$.foo", "unknown key 'foo' in the top level of a backup policy" },
        { Policy("{\"plans\"", "{\"plan\""), "$.plan", "did you mean 'plans'?" },
        { Policy("{\"plans\"", "{\"plan\""), "$.plans", "missing: the top level of a backup policy needs plans" },
        { Policy("\"35\"", "\"abc\""), "$.plans.p.rules.r.lifecycle.delete_after_days.@@assign", "must be a whole number of days" },
        { Policy("\"35\"", "\"0\""), "$.plans.p.rules.r.lifecycle.delete_after_days.@@assign", "must be at least 1 days" },
        { Policy("\"35\"", "35.5"), "$.plans.p.rules.r.lifecycle.delete_after_days.@@assign", "must be a whole number of days" },
        { Policy("\"lifecycle\":{", "\"lifecycle\":{\"move_to_cold_storage_after_days\":{\"@@assign\":\"30\"},"), "$.plans.p.rules.r.lifecycle.delete_after_days", "at least 90 days" },
        { Policy("\"lifecycle\"", "\"start_backup_window_minutes\":{\"@@assign\":\"30\"},\"lifecycle\""), "$.plans.p.rules.r.start_backup_window_minutes.@@assign", "at least 60 minutes" },
        { Policy("cron(0 5 ? * * *)", "daily"), "$.plans.p.rules.r.schedule_expression.@@assign", "must be a cron expression" },
        { Policy("cron(0 5 ? * * *)", "cron(0 5 * * * *)"), "$.plans.p.rules.r.schedule_expression.@@assign", "must be '?'" },
        { Policy("cron(0 5 ? * * *)", "cron(0 5 ? * *)"), "$.plans.p.rules.r.schedule_expression.@@assign", "has 5" },
        { Policy("\"lifecycle\"", "\"schedule_expression_timezone\":{\"@@assign\":\"Paris\"},\"lifecycle\""), "$.plans.p.rules.r.schedule_expression_timezone.@@assign", "IANA time zone" },
        { Policy("[\"us-east-1\"]", "[\"us-east-1\",\"us-east-one\"]"), "$.plans.p.regions.@@assign[1]", "AWS Region code" },
        { Policy("[\"us-east-1\"]", "\"us-east-1\""), "$.plans.p.regions.@@assign", "must be a list of strings" },
        { Policy("arn:aws:iam::$account:role/Backup", "arn:aws:iam::12345:role/Backup"), "$.plans.p.selections.tags.all.iam_role_arn.@@assign", "IAM role ARN" },
        { Policy("[\"true\"]", "[\"$account\"]"), "$.plans.p.selections.tags.all.tag_value.@@assign[0]", "$account stands for the account id only inside an ARN" },
        { Policy("\"lifecycle\"", "\"copy_actions\":{\"secondary\":{\"target_backup_vault_arn\":{\"@@assign\":\"arn:aws:backup:us-east-1:$account:backup-vault:Two\"}}},\"lifecycle\""), "$.plans.p.rules.r.copy_actions.secondary", "must be a backup vault ARN" },
        { Policy("\"target_backup_vault_name\":{\"@@assign\":\"Default\"}", "\"target_backup_vault_name\":{\"@@append\":[\"Default\"]}"), "$.plans.p.rules.r.target_backup_vault_name.@@append", "applies only to lists" },
        { Policy("\"target_backup_vault_name\":{\"@@assign\":\"Default\"}", "\"target_backup_vault_name\":\"Default\""), "$.plans.p.rules.r.target_backup_vault_name", "is set through an inheritance operator" },
        { Policy("\"target_backup_vault_name\":{\"@@assign\":\"Default\"}", "\"target_backup_vault_name\":{\"@@assign\":\"My vault\"}"), "$.plans.p.rules.r.target_backup_vault_name.@@assign", "backup vault name" },
        { Policy("\"regions\":{", "\"regions\":{\"@@operators_allowed_for_child_policies\":[\"@@bogus\"],"), "$.plans.p.regions.@@operators_allowed_for_child_policies", "list of operators child policies may use" },
        { Policy("\"regions\":{", "\"regions\":{\"@@operators_allowed_for_child_policies\":[\"@@none\",\"@@assign\"],"), "$.plans.p.regions.@@operators_allowed_for_child_policies", "stand alone" },
        { Policy("\"rules\":{", "\"rules\":{\"@@assign\":{},"), "$.plans.p.rules.@@assign", "cannot set rules as a whole" },
        { Policy("\"regions\":{", "\"regions\":{\"@@replace\":[],"), "$.plans.p.regions.@@replace", "unknown inheritance operator '@@replace'" },
        { Policy("\"lifecycle\"", "\"enable_continuous_backup\":{\"@@assign\":\"yes\"},\"lifecycle\""), "$.plans.p.rules.r.enable_continuous_backup.@@assign", "must be true or false" },
        { Policy("\"selections\":{", "\"advanced_backup_settings\":{\"ec2\":{\"windows_vss\":{\"@@assign\":\"on\"}}},\"selections\":{"), "$.plans.p.advanced_backup_settings.ec2.windows_vss.@@assign", "\"enabled\" or \"disabled\"" },
        { Policy("\"rules\":{\"r\"", "\"rules\":{\"my rule\""), "$.plans.p.rules.my rule", "the rule name" },
        { Policy("\"tag_key\":{\"@@assign\":\"backup\"}", "\"tag_key\":{\"@@assign\":\"backup\",\"value\":\"x\"}"), "$.plans.p.selections.tags.all.tag_key.value", "a setting holds only inheritance operators" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void EachMistakeIsReportedAtItsJsonPath(string content, string path, string message)
    {
        var errors = BackupPolicyValidator.Validate(content);

        Assert.Contains(errors, e => e.Path == path && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryMistakeOfADocumentIsReportedNotJustTheFirst()
    {
        var content = Policy("\"lifecycle\"", "\"lifecycel\"").Replace("\"us-east-1\"", "\"moon-1\"", StringComparison.Ordinal).Replace("\"backup\"", "\"\"", StringComparison.Ordinal);

        var errors = BackupPolicyValidator.Validate(content);

        Assert.Equal(
            ["$.plans.p.regions.@@assign[0]", "$.plans.p.rules.r.lifecycel", "$.plans.p.selections.tags.all.tag_key.@@assign"],
            errors.Select(e => e.Path));
    }

    [Fact]
    public void InvalidJsonIsReportedWithLineAndColumnInWords()
    {
        var error = Assert.Single(BackupPolicyValidator.Validate("{\n  \"plans\": }\n"));

        Assert.Equal("$", error.Path);
        Assert.StartsWith("not valid JSON: line 2, column 12: expected a value", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", error.Message, StringComparison.Ordinal);
    }
}
