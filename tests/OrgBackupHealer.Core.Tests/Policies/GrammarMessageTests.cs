using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Tests.Policies;

/// <summary>
/// The validator's messages name the element that is wrong in the words of the AWS syntax page ("a lifecycle",
/// "a backup vault ARN"), so a person fixing a policy file knows what was expected where. Each case puts one wrong
/// value into a policy AWS would otherwise accept and expects exactly one rejection, with its path and its whole
/// message.
/// </summary>
public sealed class GrammarMessageTests
{
    private const string P = "$.plans.p";
    private const string R = "$.plans.p.rules.r";
    private const string S = "$.plans.p.selections";
    private const string Operators = "@@assign, @@append, @@remove, @@operators_allowed_for_child_policies";
    private const string VaultArn = "arn:aws:backup:us-east-1:$account:backup-vault:Two";

    /// <summary>A valid one-plan policy, with members added to its rule, its plan or the top level, and its selections replaced.</summary>
    private static string Policy(string rule = "", string selections = "\"tags\":{}", string plan = "", string top = "") =>
        "{\"plans\":{\"p\":{\"regions\":{\"@@assign\":[\"us-east-1\"]},"
        + "\"rules\":{\"r\":{\"target_backup_vault_name\":{\"@@assign\":\"Default\"}" + Then(rule) + "}},"
        + "\"selections\":{" + selections + "}" + Then(plan) + "}}" + Then(top) + "}";

    /// <summary>Question (a) alone: these documents are partial on purpose, and completeness is tested elsewhere.</summary>
    private static IReadOnlyList<PolicyValidationError> Rejections(string content) => BackupPolicyValidator.Check(content, PolicyScope.Partial).Rejected;

    private static string Then(string members) => members.Length == 0 ? "" : "," + members;

    private static string MustBeObject(string what, string found) => $"must be an object ({what}); found {found}";

    private static string SetThroughOperator(string what, string found) =>
        $"{what} is set through an inheritance operator, e.g. {{\"@@assign\": …}}; found {found}";

    [Fact]
    public void ThePolicyTheseTestsEditIsValid()
    {
        Assert.Empty(Rejections(Policy()));
    }

    public static TheoryData<string, string, string> NonObjectsWhereAnObjectBelongs => new()
    {
        { "{\"plans\":1}", "$.plans", MustBeObject("plans", "1") },
        { "{\"plans\":{\"p\":1}}", P, MustBeObject("a plan", "1") },
        { Policy().Replace("\"selections\":{\"tags\":{}}", "\"selections\":1", StringComparison.Ordinal), $"{S}", MustBeObject("selections", "1") },
        { Policy(selections: "\"tags\":1"), $"{S}.tags", MustBeObject("tag selections", "1") },
        { Policy(selections: "\"tags\":{\"t\":1}"), $"{S}.tags.t", MustBeObject("a tag selection", "1") },
        { Policy(selections: "\"resources\":1"), $"{S}.resources", MustBeObject("resource selections", "1") },
        { Policy(selections: "\"resources\":{\"x\":1}"), $"{S}.resources.x", MustBeObject("a resource selection", "1") },
        { Policy(selections: "\"resources\":{\"x\":{\"conditions\":1}}"), $"{S}.resources.x.conditions", MustBeObject("conditions", "1") },
        { Policy(selections: "\"resources\":{\"x\":{\"conditions\":{\"string_equals\":1}}}"), $"{S}.resources.x.conditions.string_equals", MustBeObject("conditions", "1") },
        { Policy(selections: "\"resources\":{\"x\":{\"conditions\":{\"string_not_equals\":1}}}"), $"{S}.resources.x.conditions.string_not_equals", MustBeObject("conditions", "1") },
        { Policy(selections: "\"resources\":{\"x\":{\"conditions\":{\"string_like\":1}}}"), $"{S}.resources.x.conditions.string_like", MustBeObject("conditions", "1") },
        { Policy(selections: "\"resources\":{\"x\":{\"conditions\":{\"string_not_like\":1}}}"), $"{S}.resources.x.conditions.string_not_like", MustBeObject("conditions", "1") },
        { Policy(selections: "\"resources\":{\"x\":{\"conditions\":{\"string_equals\":{\"c\":1}}}}"), $"{S}.resources.x.conditions.string_equals.c", MustBeObject("a condition", "1") },
        { Policy(plan: "\"advanced_backup_settings\":1"), $"{P}.advanced_backup_settings", MustBeObject("advanced backup settings", "1") },
        { Policy(plan: "\"advanced_backup_settings\":{\"ec2\":1}"), $"{P}.advanced_backup_settings.ec2", MustBeObject("EC2 advanced backup settings", "1") },
        { Policy(plan: "\"backup_plan_tags\":1"), $"{P}.backup_plan_tags", MustBeObject("backup plan tags", "1") },
        { Policy(rule: "\"lifecycle\":1"), $"{R}.lifecycle", MustBeObject("a lifecycle", "1") },
        { Policy(rule: "\"copy_actions\":1"), $"{R}.copy_actions", MustBeObject("copy actions", "1") },
        { Policy(rule: $"\"copy_actions\":{{\"{VaultArn}\":1}}"), $"{R}.copy_actions.{VaultArn}", MustBeObject("a copy action", "1") },
        { Policy(rule: "\"recovery_point_tags\":1"), $"{R}.recovery_point_tags", MustBeObject("recovery point tags", "1") },
        { Policy(rule: "\"recovery_point_tags\":{\"t\":1}"), $"{R}.recovery_point_tags.t", MustBeObject("a tag", "1") },
        { Policy(rule: "\"index_actions\":1"), $"{R}.index_actions", MustBeObject("index actions", "1") },
        { Policy(rule: "\"lifecycle\":\"30 days\""), $"{R}.lifecycle", MustBeObject("a lifecycle", "\"30 days\"") },
        { Policy(rule: "\"lifecycle\":[]"), $"{R}.lifecycle", MustBeObject("a lifecycle", "a list") },
        { Policy(rule: "\"lifecycle\":null"), $"{R}.lifecycle", MustBeObject("a lifecycle", "null") },
    };

    [Theory]
    [MemberData(nameof(NonObjectsWhereAnObjectBelongs))]
    public void AValueWhereAnObjectBelongsIsNamedByWhatTheObjectIs(string content, string path, string message)
    {
        var errors = Rejections(content);

        Assert.Equal([new PolicyValidationError(path, message)], errors);
    }

    public static TheoryData<string, string, string> BareSettings => new()
    {
        { Policy().Replace("\"regions\":{\"@@assign\":[\"us-east-1\"]}", "\"regions\":1", StringComparison.Ordinal), $"{P}.regions", SetThroughOperator("regions", "1") },
        { Policy().Replace("\"regions\":{\"@@assign\":[\"us-east-1\"]}", "\"regions\":[\"us-east-1\"]", StringComparison.Ordinal), $"{P}.regions", SetThroughOperator("regions", "a list") },
        { Policy().Replace("{\"@@assign\":\"Default\"}", "1", StringComparison.Ordinal), $"{R}.target_backup_vault_name", SetThroughOperator("a backup vault name", "1") },
        { Policy(rule: "\"schedule_expression\":1"), $"{R}.schedule_expression", SetThroughOperator("a schedule", "1") },
        { Policy(rule: "\"schedule_expression_timezone\":1"), $"{R}.schedule_expression_timezone", SetThroughOperator("a time zone", "1") },
        { Policy(rule: "\"target_logically_air_gapped_backup_vault_arn\":1"), $"{R}.target_logically_air_gapped_backup_vault_arn", SetThroughOperator("a logically air-gapped vault ARN", "1") },
        { Policy(rule: "\"start_backup_window_minutes\":1"), $"{R}.start_backup_window_minutes", SetThroughOperator("a number of minutes", "1") },
        { Policy(rule: "\"complete_backup_window_minutes\":1"), $"{R}.complete_backup_window_minutes", SetThroughOperator("a number of minutes", "1") },
        { Policy(rule: "\"enable_continuous_backup\":1"), $"{R}.enable_continuous_backup", SetThroughOperator("a boolean", "1") },
        { Policy(rule: "\"lifecycle\":{\"move_to_cold_storage_after_days\":1}"), $"{R}.lifecycle.move_to_cold_storage_after_days", SetThroughOperator("a number of days", "1") },
        { Policy(rule: "\"lifecycle\":{\"delete_after_days\":1}"), $"{R}.lifecycle.delete_after_days", SetThroughOperator("a number of days", "1") },
        { Policy(rule: "\"lifecycle\":{\"opt_in_to_archive_for_supported_resources\":1}"), $"{R}.lifecycle.opt_in_to_archive_for_supported_resources", SetThroughOperator("a boolean", "1") },
        { Policy(rule: $"\"copy_actions\":{{\"{VaultArn}\":{{\"target_backup_vault_arn\":1}}}}"), $"{R}.copy_actions.{VaultArn}.target_backup_vault_arn", SetThroughOperator("a backup vault ARN", "1") },
        { Policy(rule: "\"recovery_point_tags\":{\"t\":{\"tag_key\":1}}"), $"{R}.recovery_point_tags.t.tag_key", SetThroughOperator("a tag key", "1") },
        { Policy(rule: "\"recovery_point_tags\":{\"t\":{\"tag_value\":1}}"), $"{R}.recovery_point_tags.t.tag_value", SetThroughOperator("a tag value", "1") },
        { Policy(selections: "\"tags\":{\"t\":{\"iam_role_arn\":1}}"), $"{S}.tags.t.iam_role_arn", SetThroughOperator("an IAM role ARN", "1") },
        { Policy(selections: "\"tags\":{\"t\":{\"tag_key\":1}}"), $"{S}.tags.t.tag_key", SetThroughOperator("a tag key", "1") },
        { Policy(selections: "\"tags\":{\"t\":{\"tag_value\":1}}"), $"{S}.tags.t.tag_value", SetThroughOperator("tag values", "1") },
        { Policy(selections: "\"resources\":{\"x\":{\"resource_types\":1}}"), $"{S}.resources.x.resource_types", SetThroughOperator("resource types", "1") },
        { Policy(selections: "\"resources\":{\"x\":{\"not_resource_types\":1}}"), $"{S}.resources.x.not_resource_types", SetThroughOperator("resource types", "1") },
        { Policy(selections: "\"resources\":{\"x\":{\"conditions\":{\"string_like\":{\"c\":{\"condition_key\":1}}}}}"), $"{S}.resources.x.conditions.string_like.c.condition_key", SetThroughOperator("a condition key", "1") },
        { Policy(selections: "\"resources\":{\"x\":{\"conditions\":{\"string_like\":{\"c\":{\"condition_value\":1}}}}}"), $"{S}.resources.x.conditions.string_like.c.condition_value", SetThroughOperator("a condition value", "1") },
        { Policy(plan: "\"advanced_backup_settings\":{\"ec2\":{\"windows_vss\":1}}"), $"{P}.advanced_backup_settings.ec2.windows_vss", SetThroughOperator("a Windows VSS setting", "1") },
        { Policy(plan: "\"advanced_backup_settings\":{\"s3\":{\"backup_acls\":1}}"), $"{P}.advanced_backup_settings.s3.backup_acls", SetThroughOperator("an S3 ACL backup setting", "1") },
        { Policy(plan: "\"advanced_backup_settings\":{\"s3\":{\"backup_object_tags\":1}}"), $"{P}.advanced_backup_settings.s3.backup_object_tags", SetThroughOperator("an S3 object tag backup setting", "1") },
        { Policy(selections: "\"tags\":{\"t\":{\"tag_key\":null}}"), $"{S}.tags.t.tag_key", SetThroughOperator("a tag key", "null") },
    };

    [Theory]
    [MemberData(nameof(BareSettings))]
    public void ASettingWithoutAnOperatorIsNamedByWhatItHolds(string content, string path, string message)
    {
        var errors = Rejections(content);

        Assert.Equal([new PolicyValidationError(path, message)], errors);
    }

    public static TheoryData<string, string, string> WrongValues => new()
    {
        { Policy(rule: "\"lifecycle\":{\"move_to_cold_storage_after_days\":{\"@@assign\":\"x\"}}"), $"{R}.lifecycle.move_to_cold_storage_after_days.@@assign", "must be a whole number of days, such as \"35\"; found \"x\"" },
        { Policy(rule: "\"lifecycle\":{\"delete_after_days\":{\"@@assign\":\"35x\"}}"), $"{R}.lifecycle.delete_after_days.@@assign", "must be a whole number of days, such as \"35\"; found \"35x\"" },
        { Policy(rule: "\"start_backup_window_minutes\":{\"@@assign\":\"x\"}"), $"{R}.start_backup_window_minutes.@@assign", "must be a whole number of minutes, such as \"60\"; found \"x\"" },
        { Policy(rule: "\"complete_backup_window_minutes\":{\"@@assign\":true}"), $"{R}.complete_backup_window_minutes.@@assign", "must be a whole number of minutes, such as \"35\"; found true" },
        {
            Policy(rule: "\"lifecycle\":{\"move_to_cold_storage_after_days\":{\"@@assign\":\"30\"},\"delete_after_days\":{\"@@assign\":\"35\"}}"),
            $"{R}.lifecycle.delete_after_days",
            "is 35 days, but a backup moved to cold storage after 30 days must stay there at least 90 days: use 120 or more"
        },
        { Policy(rule: "\"recovery_point_tags\":{\"t\":{\"tag_value\":{\"@@assign\":5}}}"), $"{R}.recovery_point_tags.t.tag_value.@@assign", "must be a string; found 5" },
        { Policy(rule: "\"recovery_point_tags\":{\"t\":{\"tag_key\":{\"@@assign\":{}}}}"), $"{R}.recovery_point_tags.t.tag_key.@@assign", "must be a string; found an object" },
        { Policy().Replace("{\"@@assign\":[\"us-east-1\"]}", "{\"@@append\":\"us-east-1\"}", StringComparison.Ordinal), $"{P}.regions.@@append", "must be a list of strings, e.g. [\"…\"]; found \"us-east-1\"" },
        {
            Policy(rule: "\"copy_actions\":{\"secondary\":{}}"),
            $"{R}.copy_actions.secondary",
            "the copy action name: must be a backup vault ARN such as \"arn:aws:backup:us-east-1:$account:backup-vault:Default\" ($account or a 12-digit account id), not \"secondary\""
        },
        { Policy().Replace("\"rules\":{\"r\"", "\"rules\":{\"my rule\"", StringComparison.Ordinal), "$.plans.p.rules.my rule", "the rule name: a rule name has 1 to 50 letters, digits, '-', '_' or '.'; \"my rule\" does not fit" },
        { Policy(selections: "\"tags\":{\"t\":{\"tag_key\":{\"@@assign\":\"\"}}}"), $"{S}.tags.t.tag_key.@@assign", "a tag key has 1 to 128 characters; \"\" has 0" },
        { Policy(selections: "\"resources\":{\"x\":{\"conditions\":{\"string_equals\":{\"c\":{\"condition_key\":{\"@@assign\":\"\"}}}}}}"), $"{S}.resources.x.conditions.string_equals.c.condition_key.@@assign", "must not be empty" },
        {
            Policy(rule: "\"recovery_point_tags\":{\"t\":{\"tag_value\":{\"@@assign\":\"" + new string('v', 257) + "\"}}}"),
            $"{R}.recovery_point_tags.t.tag_value.@@assign",
            "a tag value has at most 256 characters; this one has 257"
        },
    };

    [Theory]
    [MemberData(nameof(WrongValues))]
    public void AWrongValueIsExplainedWithWhatWouldFit(string content, string path, string message)
    {
        var errors = Rejections(content);

        Assert.Equal([new PolicyValidationError(path, message)], errors);
    }

    private const string ChildControlMessage =
        "must be a list of operators child policies may use: [\"@@all\"], [\"@@none\"], or some of \"@@assign\", \"@@append\", \"@@remove\"; found ";

    public static TheoryData<string, string, string> OperatorMistakes => new()
    {
        { Policy(plan: "\"@@assign\":{}"), $"{P}.@@assign", "'@@assign' cannot set a plan as a whole: put value-setting operators on the settings inside it" },
        { Policy().Replace("\"rules\":{", "\"rules\":{\"@@replace\":{},", StringComparison.Ordinal), $"{P}.rules.@@replace", $"unknown inheritance operator '@@replace' (allowed: {Operators})" },
        { Policy().Replace("\"rules\":{", "\"rules\":{\"@@operators_allowed_for_child_policies\":[\"@@bogus\"],", StringComparison.Ordinal), $"{P}.rules.@@operators_allowed_for_child_policies", ChildControlMessage + "a list" },
        { Policy().Replace("\"regions\":{", "\"regions\":{\"@@operators_allowed_for_child_policies\":\"@@all\",", StringComparison.Ordinal), $"{P}.regions.@@operators_allowed_for_child_policies", ChildControlMessage + "\"@@all\"" },
        { Policy().Replace("\"regions\":{", "\"regions\":{\"@@operators_allowed_for_child_policies\":[],", StringComparison.Ordinal), $"{P}.regions.@@operators_allowed_for_child_policies", ChildControlMessage + "a list" },
        { Policy().Replace("\"regions\":{", "\"regions\":{\"@@operators_allowed_for_child_policies\":[\"@@assign\",\"@@bogus\"],", StringComparison.Ordinal), $"{P}.regions.@@operators_allowed_for_child_policies", ChildControlMessage + "a list" },
        {
            Policy(selections: "\"tags\":{\"t\":{\"tag_key\":{\"@@assign\":\"k\",\"value\":\"x\"}}}"),
            $"{S}.tags.t.tag_key.value",
            $"unknown key 'value' inside a tag key: a setting holds only inheritance operators ({Operators})"
        },
        { Policy(rule: "\"index_actions\":{\"@@bogus\":1}"), $"{R}.index_actions.@@bogus", $"unknown inheritance operator '@@bogus' (allowed: {Operators})" },
        { Policy(rule: "\"index_actions\":{\"resource_types\":{\"@@bogus\":[\"EBS\"]}}"), $"{R}.index_actions.resource_types.@@bogus", $"unknown inheritance operator '@@bogus' (allowed: {Operators})" },
    };

    [Theory]
    [MemberData(nameof(OperatorMistakes))]
    public void AnOperatorWhereItCannotApplyIsReportedWithTheOperatorsThatCan(string content, string path, string message)
    {
        var errors = Rejections(content);

        Assert.Equal([new PolicyValidationError(path, message)], errors);
    }

    [Fact]
    public void AnUnknownKeyFarFromEveryKnownOneListsTheKnownKeysWithoutASuggestion()
    {
        var errors = Rejections(Policy(top: "\"zzzz\":1"));

        Assert.Equal([new PolicyValidationError("$.zzzz", "unknown key 'zzzz' in the top level of a backup policy; known keys: plans")], errors);
    }

    [Fact]
    public void TheKnownKeysOfAnUnknownKeyAreListedInTheGrammarsOrder()
    {
        var errors = Rejections(Policy(rule: "\"lifecycle\":{\"zzzzzzzz\":{}}"));

        Assert.Equal(
            [new PolicyValidationError($"{R}.lifecycle.zzzzzzzz", "unknown key 'zzzzzzzz' in a lifecycle; known keys: move_to_cold_storage_after_days, delete_after_days, opt_in_to_archive_for_supported_resources")],
            errors);
    }

    public static TheoryData<string> ValidUses => new()
    {
        Policy(rule: "\"target_logically_air_gapped_backup_vault_arn\":{\"@@assign\":\"arn:aws:backup:$region:$account:backup-vault:Two\"}"),
        Policy(rule: "\"enable_continuous_backup\":{\"@@assign\":\"true\"}"),
        Policy(rule: "\"recovery_point_tags\":{\"t\":{\"tag_key\":{\"@@assign\":\"k\"},\"tag_value\":{\"@@remove\":[\"old\"]}}}"),
        Policy(selections: "\"tags\":{\"t\":{\"tag_key\":{\"@@assign\":\"k\"},\"tag_value\":{\"@@append\":[\"more\"]}}}"),
        Policy(selections: "\"resources\":{\"x\":{\"resource_types\":{\"@@assign\":[\"arn:aws:ec2:*:$account:volume/*\"],\"@@append\":[\"arn:aws:rds:*:$account:db:*\"]}}}"),
        Policy(selections: "\"resources\":{\"x\":{\"not_resource_types\":{\"@@assign\":[\"arn:aws:ec2:*:$account:volume/*\"],\"@@remove\":[\"arn:aws:rds:*:$account:db:*\"]}}}"),
        Policy(selections: """
            "resources":{"x":{"conditions":{
              "string_not_equals":{"a":{"condition_key":{"@@assign":"aws:ResourceTag/env"},"condition_value":{"@@assign":"dev"}}},
              "string_like":{"b":{"condition_key":{"@@assign":"aws:ResourceTag/team"},"condition_value":{"@@assign":"data*"}}},
              "string_not_like":{"c":{"condition_key":{"@@assign":"aws:ResourceTag/tier"},"condition_value":{"@@assign":"test*"}}}}}}
            """),
        Policy(plan: "\"advanced_backup_settings\":{\"ec2\":{\"windows_vss\":{\"@@assign\":\"disabled\"}},\"s3\":{\"backup_acls\":{\"@@assign\":\"enabled\"},\"backup_object_tags\":{\"@@assign\":\"disabled\"}}}"),
        Policy(selections: "\"tags\":{\"t\":{\"tag_key\":{\"@@assign\":\"k\"}}}"),
        Policy(selections: "\"tags\":{\"t\":{\"tag_key\":{\"@@assign\":\"" + new string('k', 128) + "\"}}}"),
        Policy(rule: "\"recovery_point_tags\":{\"t\":{\"tag_value\":{\"@@assign\":\"" + new string('v', 256) + "\"}}}"),
    };

    [Theory]
    [MemberData(nameof(ValidUses))]
    public void DocumentedKeysOperatorsAndBoundaryValuesAreAccepted(string content)
    {
        Assert.Empty(Rejections(content));
    }
}
