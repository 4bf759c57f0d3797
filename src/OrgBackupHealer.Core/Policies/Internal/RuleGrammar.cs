using static OrgBackupHealer.Core.Policies.Internal.CommonGrammar;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>
/// "Backup syntax: rules": a rule's schedule, vaults, windows, lifecycle, copy actions, tags, index actions and scan
/// actions. A rule needs schedule_expression and target_backup_vault_name (both "Required: Yes" on the page).
/// </summary>
internal static class RuleGrammar
{
    /// <summary>AWS Backup API, Lifecycle: "This parameter has a maximum value of 100 years (36,500 days)."</summary>
    public const int LifecycleMaximumDays = 36_500;

    public static FixedKeys Rule { get; } = Build();

    private static FixedKeys Build()
    {
        var days = new ValueRule(ValueShape.WholeNumber, Minimum: 1, Maximum: LifecycleMaximumDays, Unit: "days");
        var lifecycle = new FixedKeys("a lifecycle", Keys(
            ("move_to_cold_storage_after_days", new Setting("a number of days", days)),
            ("delete_after_days", new Setting("a number of days", days)),
            ("opt_in_to_archive_for_supported_resources", new Setting("a boolean", new ValueRule(ValueShape.Boolean)))), []);
        var copyAction = new FixedKeys("a copy action", Keys(
            ("target_backup_vault_arn", Text("a backup vault ARN", SettingFormats.VaultArn, holdsArn: true)),
            ("lifecycle", lifecycle)), []);
        var indexActions = new FixedKeys("index actions", Keys(
            ("resource_types", List("index resource types", SettingFormats.IndexResourceType))), []);
        var scanAction = new FixedKeys("a scan action", Keys(
            ("scan_mode", Text("a scan mode", SettingFormats.ScanMode))), ["scan_mode"]);
        return new FixedKeys("a rule", Keys(
            ("schedule_expression", Text("a schedule", CronSchedule.Check)),
            ("schedule_expression_timezone", Text("a time zone", SettingFormats.TimeZone)),
            ("target_backup_vault_name", Text("a backup vault name", SettingFormats.VaultName)),
            ("target_logically_air_gapped_backup_vault_arn", new Setting("a logically air-gapped vault ARN",
                new ValueRule(ValueShape.Text, SettingFormats.AirGappedVaultArn, HoldsArn: true, HoldsRegionPlaceholder: true))),
            ("start_backup_window_minutes", new Setting("a number of minutes", new ValueRule(ValueShape.WholeNumber, Minimum: 60, Unit: "minutes"))),
            ("complete_backup_window_minutes", new Setting("a number of minutes", new ValueRule(ValueShape.WholeNumber, Minimum: 1, Unit: "minutes"))),
            ("enable_continuous_backup", new Setting("a boolean", new ValueRule(ValueShape.Boolean))),
            ("lifecycle", lifecycle),
            ("copy_actions", new NamedEntries("copy actions", copyAction, new EntryName("copy action", SettingFormats.VaultArn))),
            ("recovery_point_tags", new NamedEntries("recovery point tags", Tag)),
            ("index_actions", indexActions),
            ("scan_actions", new NamedEntries("scan actions", scanAction, new EntryName("scanner", SettingFormats.ScannerName)))),
            ["schedule_expression", "target_backup_vault_name"]);
    }
}
