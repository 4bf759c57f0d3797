namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>Grammar pieces more than one part of a backup policy uses: tags, IAM roles, lists of names.</summary>
internal static class CommonGrammar
{
    /// <summary>A tag of recovery_point_tags or backup_plan_tags; the page: tag_key and tag_value are "a required field within this block".</summary>
    public static FixedKeys Tag { get; } = new("a tag", Keys(
        ("tag_key", new Setting("a tag key", new ValueRule(ValueShape.Text, SettingFormats.TagKey))),
        ("tag_value", new Setting("a tag value", new ValueRule(ValueShape.TextOrTextList, SettingFormats.TagValue), MultiValued: true))),
        ["tag_key", "tag_value"]);

    public static Setting RoleArn { get; } = new("an IAM role ARN", new ValueRule(ValueShape.Text, SettingFormats.RoleArn, HoldsArn: true));

    /// <summary>A list setting whose items <paramref name="check"/> judges.</summary>
    public static Setting List(string what, Func<string, string?> check, bool holdsArn = false) =>
        new(what, new ValueRule(ValueShape.TextList, check, HoldsArn: holdsArn), MultiValued: true);

    public static Setting Text(string what, Func<string, string?> check, bool holdsArn = false) =>
        new(what, new ValueRule(ValueShape.Text, check, HoldsArn: holdsArn));

    /// <summary>Keys in the order the page lists them: error messages list known keys in that order.</summary>
    public static Dictionary<string, GrammarNode> Keys(params (string Key, GrammarNode Node)[] keys) =>
        keys.ToDictionary(k => k.Key, k => k.Node, StringComparer.Ordinal);
}
