using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Tests.Policies;

/// <summary>
/// docs/policy-rules.md, rule by rule: a document that breaks that rule alone gets exactly one error, at the path
/// shown, with the message shown, and the message is the table's. Rules of question (a) are asked of a policy meant to
/// stand alone, so the documents are complete; rules of question (b) are asked through <see cref="PlanCompleteness"/>,
/// the check a merged policy gets, since some (B03, B08) can only be broken by keys question (a) would refuse.
/// </summary>
public sealed class PolicyRuleTableTests
{
    private const string P = "$.plans.p";
    private const string R = "$.plans.p.rules.r";
    private const string T = "$.plans.p.selections.tags.t";
    private const string Operators = "@@assign, @@append, @@remove, @@operators_allowed_for_child_policies";
    private const string Role = """{"@@assign":"arn:aws:iam::$account:role/Backup"}""";
    private const string Regions = """ "regions":{"@@assign":["us-east-1"]}""";
    private const string Vault = """ "target_backup_vault_name":{"@@assign":"Default"}""";
    private const string Schedule = """ "schedule_expression":{"@@assign":"cron(0 5 ? * * *)"}""";
    private const string TagKey = """ "tag_key":{"@@assign":"backup"}""";
    private const string Scanning = """ "scan_settings":{"GUARDDUTY":{"resource_types":{"@@assign":["EBS"]},"scanner_role_arn":""" + Role + "}}";

    /// <summary>A complete one-plan policy, with members added to its rule, its tag selection, its plan or the top level.</summary>
    private static string Policy(string rule = "", string selection = "", string plan = "", string top = "") =>
        "{\"plans\":{\"p\":{" + Regions + ",\"rules\":{\"r\":{" + Schedule + "," + Vault + Then(rule) + "}},"
        + "\"selections\":{\"tags\":{\"t\":{\"iam_role_arn\":" + Role + "," + TagKey + ",\"tag_value\":{\"@@assign\":[\"true\"]}" + Then(selection) + "}}}"
        + Then(plan) + "}}" + Then(top) + "}";

    private static string Then(string members) => members.Length == 0 ? "" : "," + members;

    /// <summary>The complete policy with <paramref name="from"/> replaced; fails when it is not there, so no case tests the template by accident.</summary>
    private static string Edited(string from, string to)
    {
        var valid = Policy();
        Assert.Contains(from, valid, StringComparison.Ordinal);
        return valid.Replace(from, to, StringComparison.Ordinal);
    }

    private static string Conditions(int count) =>
        "\"conditions\":{\"string_equals\":{" + string.Join(",", Enumerable.Range(0, count).Select(i =>
            "\"c" + i + "\":{\"condition_key\":{\"@@assign\":\"aws:ResourceTag/k" + i + "\"},\"condition_value\":{\"@@assign\":\"v\"}}")) + "}}";

    public static TheoryData<string, string, string, string> Rejections => new()
    {
        { "A01", Policy() + new string(' ', BackupPolicyValidator.MaxContentLength + 1 - Policy().Length), "$", "document is 10001 characters; the limit is 10000" },
        { "A02", "{\"plans\": }", "$", "not valid JSON: line 1, column 11: expected a value (a string in double quotes, a number, true, false, null, an object or an array), found '}'" },
        { "A03", Policy(top: "\"plans\":{}"), "$", $"not valid JSON: line 1, column {Policy().Length + 1}: the key \"plans\" appears twice in the same object; JSON keys must be unique" },
        { "A04", "[]", "$", "must be a JSON object" },
        { "A05", Policy(plan: """ "advanced_backup_settings":{"ec2":{"WindowsVSS":{"@@assign":"enabled"}}}"""), $"{P}.advanced_backup_settings.ec2.WindowsVSS", "unknown key 'WindowsVSS' in EC2 advanced backup settings (did you mean 'windows_vss'?); known keys: windows_vss" },
        { "A06", Policy(rule: "\"lifecycle\":1"), $"{R}.lifecycle", "must be an object (a lifecycle); found 1" },
        { "A07", Policy(rule: "\"start_backup_window_minutes\":60"), $"{R}.start_backup_window_minutes", "a number of minutes is set through an inheritance operator, e.g. {\"@@assign\": …}; found 60" },
        { "A08", Edited(Regions, """ "regions":{"@@assign":["us-east-1"],"@@replace":["eu-west-1"]}"""), $"{P}.regions.@@replace", $"unknown inheritance operator '@@replace' (allowed: {Operators})" },
        { "A09", Policy(rule: """ "lifecycle":{"@@assign":{}}"""), $"{R}.lifecycle.@@assign", "'@@assign' cannot set a lifecycle as a whole: put value-setting operators on the settings inside it" },
        { "A10", Edited(Vault, """ "target_backup_vault_name":{"@@assign":"Default","@@append":["Other"]}"""), $"{R}.target_backup_vault_name.@@append", "'@@append' applies only to lists (such as regions or tag values); a backup vault name is a single value: use @@assign" },
        { "A11", Edited(TagKey, """ "tag_key":{"@@assign":"backup","value":"x"}"""), $"{T}.tag_key.value", $"unknown key 'value' inside a tag key: a setting holds only inheritance operators ({Operators})" },
        { "A12", Edited(Regions, """ "regions":{"@@assign":["us-east-1"],"@@operators_allowed_for_child_policies":["@@bogus"]}"""), $"{P}.regions.@@operators_allowed_for_child_policies", "must be a list of operators child policies may use: [\"@@all\"], [\"@@none\"], or some of \"@@assign\", \"@@append\", \"@@remove\"; found a list" },
        { "A13", Edited(Regions, """ "regions":{"@@assign":["us-east-1"],"@@operators_allowed_for_child_policies":["@@none","@@assign"]}"""), $"{P}.regions.@@operators_allowed_for_child_policies", "\"@@all\" and \"@@none\" stand alone; list them without other operators" },
        { "A14", Edited(TagKey, """ "tag_key":{"@@assign":5}"""), $"{T}.tag_key.@@assign", "must be a string; found 5" },
        { "A15", Edited(Regions, """ "regions":{"@@assign":"us-east-1"}"""), $"{P}.regions.@@assign", "must be a list of strings, e.g. [\"…\"]; found \"us-east-1\"" },
        { "A16", Policy(rule: """ "start_backup_window_minutes":{"@@assign":"sixty"}"""), $"{R}.start_backup_window_minutes.@@assign", "must be a whole number of minutes, such as \"60\"; found \"sixty\"" },
        { "A17", Policy(rule: """ "enable_continuous_backup":{"@@assign":"yes"}"""), $"{R}.enable_continuous_backup.@@assign", "must be true or false; found \"yes\"" },
        { "A18", Edited("{\"plans\":{\"p\":", "{\"plans\":{\"my plan\":"), "$.plans.my plan", "the plan name: a plan name has 1 to 50 letters, digits, '-', '_' or '.'; \"my plan\" does not fit" },
        { "A19", Edited("\"rules\":{\"r\":", "\"rules\":{\"my rule\":"), $"{P}.rules.my rule", "the rule name: a rule name has 1 to 50 letters, digits, '-', '_' or '.'; \"my rule\" does not fit" },
        { "A20", Edited(Vault, """ "target_backup_vault_name":{"@@assign":"My vault"}"""), $"{R}.target_backup_vault_name.@@assign", "must be a backup vault name of 2 to 50 letters, digits, '-' or '_', not \"My vault\"" },
        {
            "A21", Policy(rule: """ "copy_actions":{"secondary":{"target_backup_vault_arn":{"@@assign":"arn:aws:backup:us-east-1:$account:backup-vault:Two"}}}"""),
            $"{R}.copy_actions.secondary",
            "the copy action name: must be a backup vault ARN such as \"arn:aws:backup:us-east-1:$account:backup-vault:Default\" ($account or a 12-digit account id), not \"secondary\""
        },
        {
            "A22", Policy(rule: """ "copy_actions":{"arn:aws:backup:us-east-1:$account:backup-vault:Two":{"target_backup_vault_arn":{"@@assign":"arn:aws:backup:us-east-1:$account:vault:Two"}}}"""),
            $"{R}.copy_actions.arn:aws:backup:us-east-1:$account:backup-vault:Two.target_backup_vault_arn.@@assign",
            "must be a backup vault ARN such as \"arn:aws:backup:us-east-1:$account:backup-vault:Default\" ($account or a 12-digit account id), not \"arn:aws:backup:us-east-1:$account:vault:Two\""
        },
        {
            "A23", Policy(rule: """ "target_logically_air_gapped_backup_vault_arn":{"@@assign":"arn:aws:backup:us-east-1:$account:backup-vault:AirGappedVault"}"""),
            $"{R}.target_logically_air_gapped_backup_vault_arn.@@assign",
            "must be a logically air-gapped vault ARN written with the $region and $account placeholders, such as \"arn:aws:backup:$region:$account:backup-vault:AirGappedVault\", not \"arn:aws:backup:us-east-1:$account:backup-vault:AirGappedVault\""
        },
        {
            "A24", Edited(Role, """{"@@assign":"arn:aws:iam::12345:role/Backup"}"""), $"{T}.iam_role_arn.@@assign",
            "must be an IAM role ARN such as \"arn:aws:iam::$account:role/service-role/AWSBackupDefaultServiceRole\" ($account or a 12-digit account id), not \"arn:aws:iam::12345:role/Backup\""
        },
        { "A25", Edited("[\"true\"]", "[\"$account\"]"), $"{T}.tag_value.@@assign[0]", "$account stands for the account id only inside an ARN (a vault or an IAM role); it cannot be used here" },
        { "A26", Edited("[\"true\"]", "[\"$region\"]"), $"{T}.tag_value.@@assign[0]", "$region stands for the Region only in target_logically_air_gapped_backup_vault_arn; it cannot be used here" },
        { "A27", Edited("cron(0 5 ? * * *)", "daily"), $"{R}.schedule_expression.@@assign", "must be a cron expression such as \"cron(0 5 ? * * *)\" (minutes hours day-of-month month day-of-week year), not \"daily\"" },
        { "A28", Edited("cron(0 5 ? * * *)", "cron(0 5 ? * *)"), $"{R}.schedule_expression.@@assign", "a cron expression has 6 fields (minutes hours day-of-month month day-of-week year); \"cron(0 5 ? * *)\" has 5" },
        { "A29", Edited("cron(0 5 ? * * *)", "cron(75 5 ? * * *)"), $"{R}.schedule_expression.@@assign", "\"cron(75 5 ? * * *)\": minutes (1st field) must be 0 to 59, or a list, range or increment of them; found \"75\"" },
        { "A30", Edited("cron(0 5 ? * * *)", "cron(0 5 * * * *)"), $"{R}.schedule_expression.@@assign", "\"cron(0 5 * * * *)\": exactly one of day-of-month (3rd field) and day-of-week (5th field) must be '?'" },
        { "A31", Policy(rule: """ "schedule_expression_timezone":{"@@assign":"Paris"}"""), $"{R}.schedule_expression_timezone.@@assign", "must be an IANA time zone name such as \"Europe/Paris\" or \"UTC\", not \"Paris\"" },
        { "A32", Edited("[\"us-east-1\"]", "[\"us-east-one\"]"), $"{P}.regions.@@assign[0]", "must be an AWS Region code such as \"us-east-1\", not \"us-east-one\"" },
        { "A33", Policy(rule: """ "start_backup_window_minutes":{"@@assign":"30"}"""), $"{R}.start_backup_window_minutes.@@assign", "must be at least 60 minutes; found 30" },
        { "A34", Policy(rule: """ "complete_backup_window_minutes":{"@@assign":0}"""), $"{R}.complete_backup_window_minutes.@@assign", "must be at least 1 minutes; found 0" },
        { "A35", Policy(rule: """ "lifecycle":{"delete_after_days":{"@@assign":"36501"}}"""), $"{R}.lifecycle.delete_after_days.@@assign", "must be at most 36500 days; found 36501" },
        {
            "A36", Policy(rule: """ "lifecycle":{"move_to_cold_storage_after_days":{"@@assign":"30"},"delete_after_days":{"@@assign":"119"}}"""),
            $"{R}.lifecycle.delete_after_days",
            "is 119 days, but a backup moved to cold storage after 30 days must stay there at least 90 days: use 120 or more"
        },
        {
            "A37", Policy(rule: """ "enable_continuous_backup":{"@@assign":true},"lifecycle":{"delete_after_days":{"@@assign":"36"}}"""),
            $"{R}.lifecycle.delete_after_days",
            "is 36 days, but continuous backups (enable_continuous_backup) are kept at most 35 days: use 35 or fewer"
        },
        { "A38", Policy(selection: Conditions(31)), $"{T}.conditions", "has 31 conditions; AWS allows at most 30 in one selection" },
        { "A39", Policy(plan: """ "advanced_backup_settings":{"s3":{"backup_acls":{"@@assign":"on"}}}"""), $"{P}.advanced_backup_settings.s3.backup_acls.@@assign", "must be \"enabled\" or \"disabled\", not \"on\"" },
        { "A40", Policy(rule: """ "index_actions":{"resource_types":{"@@assign":["EBS","RDS"]}}"""), $"{R}.index_actions.resource_types.@@assign[1]", "must be \"EBS\" or \"S3\", the resource types AWS Backup indexes, not \"RDS\"" },
        { "A41", Policy(plan: Scanning.Replace("GUARDDUTY", "MACIE", StringComparison.Ordinal)), $"{P}.scan_settings.MACIE", "the scanner name: must be \"GUARDDUTY\", the only malware scanner AWS Backup supports, not \"MACIE\"" },
        { "A42", Policy(rule: """ "scan_actions":{"GUARDDUTY":{"scan_mode":{"@@assign":"QUICK_SCAN"}}}""", plan: Scanning), $"{R}.scan_actions.GUARDDUTY.scan_mode.@@assign", "must be \"INCREMENTAL_SCAN\" or \"FULL_SCAN\", not \"QUICK_SCAN\"" },
        { "A43", Policy(plan: Scanning.Replace("[\"EBS\"]", "[\"RDS\"]", StringComparison.Ordinal)), $"{P}.scan_settings.GUARDDUTY.resource_types.@@assign[0]", "must be \"EBS\", \"EC2\", \"S3\" or \"ALL\", not \"RDS\"" },
        {
            "A44", Edited("\"selections\":{", "\"selections\":{\"resources\":{\"x\":{\"iam_role_arn\":" + Role + ",\"resource_types\":{\"@@assign\":[\"ec2\"]}}},"),
            "$.plans.p.selections.resources.x.resource_types.@@assign[0]",
            "must be \"*\" or a resource ARN pattern such as \"arn:aws:ec2:*:*:volume/*\", not \"ec2\""
        },
        { "A45", Edited(TagKey, """ "tag_key":{"@@assign":""}"""), $"{T}.tag_key.@@assign", "a tag key has 1 to 128 characters; \"\" has 0" },
        {
            "A46", Policy(rule: "\"recovery_point_tags\":{\"o\":{\"tag_key\":{\"@@assign\":\"Owner\"},\"tag_value\":{\"@@assign\":\"" + new string('v', 257) + "\"}}}"),
            $"{R}.recovery_point_tags.o.tag_value.@@assign",
            "a tag value has at most 256 characters; this one has 257"
        },
        {
            "A47", Policy(selection: """ "conditions":{"string_like":{"c":{"condition_key":{"@@assign":""},"condition_value":{"@@assign":"x*"}}}}"""),
            $"{T}.conditions.string_like.c.condition_key.@@assign",
            "must not be empty"
        },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public void ACompletePolicyBreakingOneRuleOfQuestionAIsRejectedWithThatRulesMessageAlone(string id, string content, string path, string message)
    {
        var verdict = BackupPolicyValidator.Check(content, PolicyScope.Standalone);

        Assert.Equal([new PolicyValidationError(path, message)], verdict.Errors);
        Assert.StartsWith("a", PolicyRuleTable.Rows[id].Question, StringComparison.Ordinal);
        Assert.Matches(PolicyRuleTable.MessagePattern(id), message);
    }

    public static TheoryData<string, string, string, string> Gaps => new()
    {
        { "B01", "{}", "$.plans", "missing: the top level of a backup policy needs plans" },
        { "B02", Edited(Regions + ",", ""), $"{P}.regions", "missing: a plan needs rules, regions and selections" },
        { "B03", Edited("\"selections\":{\"tags\":", "\"selections\":{\"lists\":"), $"{P}.selections", "missing: selections holds neither tags nor resources; an effective policy needs at least one of them" },
        { "B04", Edited("\"iam_role_arn\":" + Role + ",", ""), $"{T}.iam_role_arn", "missing: a tag selection needs iam_role_arn, tag_key and tag_value" },
        {
            "B05", Edited("\"selections\":{", "\"selections\":{\"resources\":{\"x\":{\"resource_types\":{\"@@assign\":[\"*\"]}}},"),
            "$.plans.p.selections.resources.x.iam_role_arn",
            "missing: a resource selection needs iam_role_arn and resource_types"
        },
        { "B06", Edited(Schedule + ",", ""), $"{R}.schedule_expression", "missing: a rule needs schedule_expression and target_backup_vault_name" },
        { "B07", Policy(plan: """ "backup_plan_tags":{"o":{"tag_key":{"@@assign":"Owner"}}}"""), $"{P}.backup_plan_tags.o.tag_value", "missing: a tag needs tag_key and tag_value" },
        { "B08", Policy(rule: """ "scan_actions":{"GUARDDUTY":{"scan_frequency":"daily"}}""", plan: Scanning), $"{R}.scan_actions.GUARDDUTY.scan_mode", "missing: a scan action needs scan_mode" },
        { "B09", Policy(plan: """ "scan_settings":{"GUARDDUTY":{"scanner_role_arn":""" + Role + "}}"), $"{P}.scan_settings.GUARDDUTY.resource_types", "missing: a scan setting needs resource_types and scanner_role_arn" },
        {
            "B10", Policy(rule: """ "scan_actions":{"GUARDDUTY":{"scan_mode":{"@@assign":"FULL_SCAN"}}}"""), $"{P}.scan_settings.GUARDDUTY",
            "missing: rule r scans with GUARDDUTY (scan_actions), and AWS starts scanning jobs only when the plan's scan_settings configure GUARDDUTY"
        },
        { "B11", Edited(Regions, """ "regions":{"@@assign":[]}"""), $"{P}.regions", "empty: a plan needs at least one value in regions" },
        { "B12", Edited("\"rules\":{\"r\":{" + Schedule + "," + Vault + "}}", "\"rules\":{\"@@operators_allowed_for_child_policies\":[\"@@none\"]}"), $"{P}.rules", "empty: a plan needs at least one rule" },
    };

    [Theory]
    [MemberData(nameof(Gaps))]
    public void APolicyMissingOneRequiredElementIsIncompleteWithThatRulesMessageAlone(string id, string content, string path, string message)
    {
        var errors = PlanCompleteness.Check(content);

        Assert.Equal([new PolicyValidationError(path, message)], errors);
        Assert.Equal("b", PolicyRuleTable.Rows[id].Question);
        Assert.Matches(PolicyRuleTable.MessagePattern(id), message);
    }

    [Fact]
    public void EveryRuleOfTheTableHasItsDocumentHereAndEveryDocumentItsRule()
    {
        var tested = Rejections.Select(row => (string)row[0]).Concat(Gaps.Select(row => (string)row[0])).Order(StringComparer.Ordinal);

        Assert.Equal(PolicyRuleTable.Rows.Keys.Order(StringComparer.Ordinal), tested);
    }
}
