using static OrgBackupHealer.Core.Policies.Internal.CommonGrammar;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>
/// The backup policy grammar as the AWS Organizations user guide documents it, "Backup policy syntax and examples"
/// (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html), section by
/// section: the top level and a plan here, rules in <see cref="RuleGrammar"/>, selections in
/// <see cref="SelectionGrammar"/>. docs/policy-rules.md lists every rule with its source.
/// </summary>
internal static class BackupPolicyGrammar
{
    public static FixedKeys Document { get; } = new("the top level of a backup policy", Keys(
        ("plans", new NamedEntries("plans", Plan(), new EntryName("plan", SettingFormats.PlanName), "a backup policy needs at least one plan"))), ["plans"]);

    /// <summary>"Backup syntax: Overview": rules, regions and selections are required; the rest is optional.</summary>
    private static FixedKeys Plan()
    {
        var enabledOrDisabled = new ValueRule(ValueShape.Text, SettingFormats.EnabledOrDisabled);
        var advancedSettings = new FixedKeys("advanced backup settings", Keys(
            ("ec2", new FixedKeys("EC2 advanced backup settings", Keys(
                ("windows_vss", new Setting("a Windows VSS setting", enabledOrDisabled))), [])),
            ("s3", new FixedKeys("S3 advanced backup settings", Keys(
                ("backup_acls", new Setting("an S3 ACL backup setting", enabledOrDisabled)),
                ("backup_object_tags", new Setting("an S3 object tag backup setting", enabledOrDisabled))), []))), []);
        var scanSetting = new FixedKeys("a scan setting", Keys(
            ("resource_types", List("scan resource types", SettingFormats.ScanResourceType)),
            ("scanner_role_arn", RoleArn)), ["resource_types", "scanner_role_arn"]);
        return new FixedKeys("a plan", Keys(
            ("rules", new NamedEntries("rules", RuleGrammar.Rule, new EntryName("rule", SettingFormats.RuleName), "a plan needs at least one rule")),
            ("regions", List("regions", SettingFormats.Region)),
            ("selections", SelectionGrammar.Selections),
            ("advanced_backup_settings", advancedSettings),
            ("backup_plan_tags", new NamedEntries("backup plan tags", Tag)),
            ("scan_settings", new NamedEntries("scan settings", scanSetting, new EntryName("scanner", SettingFormats.ScannerName)))),
            ["rules", "regions", "selections"]);
    }
}
