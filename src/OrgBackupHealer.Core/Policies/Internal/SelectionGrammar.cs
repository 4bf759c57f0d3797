using static OrgBackupHealer.Core.Policies.Internal.CommonGrammar;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>
/// "Backup syntax: selections": tag selections and resource selections, each with an IAM role and optional
/// conditions (string_equals, string_not_equals, string_like, string_not_like).
/// </summary>
internal static class SelectionGrammar
{
    /// <summary>The page: "An effective policy must have either tags or resources in the selection to be valid."</summary>
    public static FixedKeys Selections { get; } = Build();

    private static FixedKeys Build()
    {
        var condition = new FixedKeys("a condition", Keys(
            ("condition_key", Text("a condition key", SettingFormats.NotEmpty)),
            ("condition_value", Text("a condition value", SettingFormats.NotEmpty))), []);
        var conditionEntries = new NamedEntries("conditions", condition);
        var conditions = new FixedKeys("conditions", Keys(
            ("string_equals", conditionEntries),
            ("string_not_equals", conditionEntries),
            ("string_like", conditionEntries),
            ("string_not_like", conditionEntries)), []);
        var tagSelection = new FixedKeys("a tag selection", Keys(
            ("iam_role_arn", RoleArn),
            ("tag_key", Text("a tag key", SettingFormats.TagKey)),
            ("tag_value", new Setting("tag values", new ValueRule(ValueShape.TextOrTextList, SettingFormats.TagValue), MultiValued: true)),
            ("conditions", conditions)), ["iam_role_arn", "tag_key", "tag_value"]);
        var resourceSelection = new FixedKeys("a resource selection", Keys(
            ("iam_role_arn", RoleArn),
            ("resource_types", List("resource types", SettingFormats.ResourceType, holdsArn: true)),
            ("not_resource_types", List("resource types", SettingFormats.ResourceType, holdsArn: true)),
            ("conditions", conditions)), ["iam_role_arn", "resource_types"]);
        return new FixedKeys("selections", Keys(
            ("tags", new NamedEntries("tag selections", tagSelection)),
            ("resources", new NamedEntries("resource selections", resourceSelection))), [], RequiresOneOf: ["tags", "resources"]);
    }
}
