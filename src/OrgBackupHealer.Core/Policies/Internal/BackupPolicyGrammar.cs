using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>
/// The backup policy grammar as the AWS Organizations user guide documents it: "Backup policy syntax and examples",
/// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html (read from the
/// page's source, awsdocs/aws-organizations-docs doc_source/orgs_manage_policies_backup_syntax.md, plus the rule and
/// lifecycle keys AWS Backup has added since: schedule_expression_timezone, enable_continuous_backup,
/// opt_in_to_archive_for_supported_resources, index_actions, target_logically_air_gapped_backup_vault_arn, and the
/// resource selections). Required keys are the ones the healer needs to call a document a baseline (plans, and in a
/// plan regions, rules and selections, and a vault in each rule); AWS allows partial policies completed by
/// inheritance, so the other keys are optional.
/// </summary>
internal static class BackupPolicyGrammar
{
    /// <summary>AWS: a recovery point moved to cold storage stays there at least 90 days before it may be deleted.</summary>
    public const int ColdStorageMinimumDays = 90;

    public static FixedKeys Document { get; } = Build();

    private static FixedKeys Build()
    {
        var text = new ValueRule(ValueShape.Text, SettingFormats.NotEmpty);
        var tagPair = new FixedKeys("a tag", Keys(
            ("tag_key", new Setting("a tag key", new ValueRule(ValueShape.Text, SettingFormats.TagKey))),
            ("tag_value", new Setting("a tag value", new ValueRule(ValueShape.TextOrTextList, SettingFormats.TagValue), MultiValued: true))), []);
        var lifecycle = new FixedKeys("a lifecycle", Keys(
            ("move_to_cold_storage_after_days", new Setting("a number of days", new ValueRule(ValueShape.WholeNumber, Minimum: 1, Unit: "days"))),
            ("delete_after_days", new Setting("a number of days", new ValueRule(ValueShape.WholeNumber, Minimum: 1, Unit: "days"))),
            ("opt_in_to_archive_for_supported_resources", new Setting("a boolean", new ValueRule(ValueShape.Boolean)))), [], ColdStorageMinimum);
        var vaultArn = new ValueRule(ValueShape.Text, SettingFormats.VaultArn, HoldsArn: true);
        var copyAction = new FixedKeys("a copy action", Keys(
            ("target_backup_vault_arn", new Setting("a backup vault ARN", vaultArn)),
            ("lifecycle", lifecycle)), []);
        var rule = new FixedKeys("a rule", Keys(
            ("schedule_expression", new Setting("a schedule", new ValueRule(ValueShape.Text, SettingFormats.Cron))),
            ("schedule_expression_timezone", new Setting("a time zone", new ValueRule(ValueShape.Text, SettingFormats.TimeZone))),
            ("target_backup_vault_name", new Setting("a backup vault name", new ValueRule(ValueShape.Text, SettingFormats.VaultName))),
            ("target_logically_air_gapped_backup_vault_arn", new Setting("a backup vault ARN", vaultArn)),
            ("start_backup_window_minutes", new Setting("a number of minutes", new ValueRule(ValueShape.WholeNumber, Minimum: 60, Unit: "minutes"))),
            ("complete_backup_window_minutes", new Setting("a number of minutes", new ValueRule(ValueShape.WholeNumber, Minimum: 1, Unit: "minutes"))),
            ("enable_continuous_backup", new Setting("a boolean", new ValueRule(ValueShape.Boolean))),
            ("lifecycle", lifecycle),
            ("copy_actions", new NamedEntries("copy actions", "copy action", copyAction, CheckName: SettingFormats.VaultArn)),
            ("recovery_point_tags", new NamedEntries("recovery point tags",
                // Stryker disable once String : the entry noun is read only by the name check and the at-least-one rule, and these entries have neither.
                "tag", tagPair)),
            ("index_actions", new OpaqueObject("index actions"))), ["target_backup_vault_name"]);
        var roleArn = new Setting("an IAM role ARN", new ValueRule(ValueShape.Text, SettingFormats.RoleArn, HoldsArn: true));
        var tagSelection = new FixedKeys("a tag selection", Keys(
            ("iam_role_arn", roleArn),
            ("tag_key", new Setting("a tag key", new ValueRule(ValueShape.Text, SettingFormats.TagKey))),
            ("tag_value", new Setting("tag values", new ValueRule(ValueShape.TextOrTextList, SettingFormats.TagValue), MultiValued: true))), []);
        var condition = new FixedKeys("a condition", Keys(
            ("condition_key", new Setting("a condition key", text)),
            ("condition_value", new Setting("a condition value", text))), []);
        var conditionEntries = new NamedEntries("conditions",
            // Stryker disable once String : the entry noun is read only by the name check and the at-least-one rule, and these entries have neither.
            "condition", condition);
        var resourceSelection = new FixedKeys("a resource selection", Keys(
            ("iam_role_arn", roleArn),
            ("resource_types", new Setting("resource types", new ValueRule(ValueShape.TextList, SettingFormats.NotEmpty, HoldsArn: true), MultiValued: true)),
            ("not_resource_types", new Setting("resource types", new ValueRule(ValueShape.TextList, SettingFormats.NotEmpty, HoldsArn: true), MultiValued: true)),
            ("conditions", new FixedKeys("conditions", Keys(
                ("string_equals", conditionEntries),
                ("string_not_equals", conditionEntries),
                ("string_like", conditionEntries),
                ("string_not_like", conditionEntries)), []))), []);
        var plan = new FixedKeys("a plan", Keys(
            ("regions", new Setting("regions", new ValueRule(ValueShape.TextList, SettingFormats.Region), MultiValued: true)),
            ("rules", new NamedEntries("rules", "rule", rule, AtLeastOne: true, CheckName: SettingFormats.RuleName)),
            ("selections", new FixedKeys("selections", Keys(
                ("tags", new NamedEntries("tag selections",
                    // Stryker disable once String : the entry noun is read only by the name check and the at-least-one rule, and these entries have neither.
                    "selection", tagSelection)),
                ("resources", new NamedEntries("resource selections",
                    // Stryker disable once String : the entry noun is read only by the name check and the at-least-one rule, and these entries have neither.
                    "selection", resourceSelection))), [])),
            ("advanced_backup_settings", new FixedKeys("advanced backup settings", Keys(
                ("ec2", new FixedKeys("EC2 settings", Keys(
                    ("WindowsVSS", new Setting("a VSS setting", new ValueRule(ValueShape.Text, SettingFormats.EnabledOrDisabled)))), []))), [])),
            ("backup_plan_tags", new NamedEntries("backup plan tags",
                // Stryker disable once String : the entry noun is read only by the name check and the at-least-one rule, and these entries have neither.
                "tag", tagPair))), ["regions", "rules", "selections"]);
        return new FixedKeys("the top level of a backup policy", Keys(
            ("plans", new NamedEntries("plans", "plan", plan, AtLeastOne: true))), ["plans"]);
    }

    private static Dictionary<string, GrammarNode> Keys(params (string Key, GrammarNode Node)[] keys) =>
        keys.ToDictionary(k => k.Key, k => k.Node, StringComparer.Ordinal);

    private static IEnumerable<PolicyValidationError> ColdStorageMinimum(JsonObject lifecycle, string path)
    {
        if (AssignedDays(lifecycle, "move_to_cold_storage_after_days") is { } cold
            && AssignedDays(lifecycle, "delete_after_days") is { } delete
            && delete < cold + ColdStorageMinimumDays)
        {
            yield return new PolicyValidationError($"{path}.delete_after_days",
                $"is {delete} days, but a backup moved to cold storage after {cold} days must stay there at least {ColdStorageMinimumDays} days: use {cold + ColdStorageMinimumDays} or more");
        }
    }

    private static long? AssignedDays(JsonObject lifecycle, string key) =>
        lifecycle[key] is JsonObject setting && setting["@@assign"] is JsonValue value ? WholeNumber(value) : null;

    /// <summary>A JSON integer, or a string of digits as AWS's examples write numbers; null otherwise.</summary>
    public static long? WholeNumber(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.Number when value.TryGetValue<long>(out var number) => number,
        JsonValueKind.String when value.GetValue<string>() is { Length: > 0 and <= 18 } text && text.All(char.IsAsciiDigit) =>
            long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture),
        _ => null,
    };
}
