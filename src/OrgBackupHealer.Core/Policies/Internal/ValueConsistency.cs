using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>
/// The value rules that span settings, read from a policy or an effective policy: the 90-day stay in cold storage,
/// the 35-day retention of continuous backups, and 30 conditions per selection. They belong to both questions: a
/// document that breaks one on its own is refused, and a merge can pair values from different policies that break one.
/// </summary>
internal static class ValueConsistency
{
    /// <summary>The page, lifecycle: backups moved to cold storage stay there at least 90 days.</summary>
    public const int ColdStorageMinimumDays = 90;

    /// <summary>The page, enable_continuous_backup: "PITR-enabled backups have 35-day maximum retention."</summary>
    public const int ContinuousBackupMaximumDays = 35;

    /// <summary>The page, selections: conditions are "Limited to 30 conditions for each selection."</summary>
    public const int MaximumConditionsPerSelection = 30;

    private static readonly string[] s_conditionOperators = ["string_equals", "string_not_equals", "string_like", "string_not_like"];

    public static IReadOnlyList<PolicyValidationError> Check(JsonObject policy)
    {
        var errors = new List<PolicyValidationError>();
        foreach (var (planName, plan) in ObjectEntries.Of(policy["plans"]))
        {
            var planPath = $"$.plans.{planName}";
            foreach (var (ruleName, rule) in ObjectEntries.Of(plan["rules"]))
            {
                CheckRule(rule, $"{planPath}.rules.{ruleName}", errors);
            }

            foreach (var kind in new[] { "tags", "resources" })
            {
                foreach (var (selectionName, selection) in ObjectEntries.Of((plan["selections"] as JsonObject)?[kind]))
                {
                    CheckConditionCount(selection, $"{planPath}.selections.{kind}.{selectionName}", errors);
                }
            }
        }

        return errors;
    }

    private static void CheckRule(JsonObject rule, string path, List<PolicyValidationError> errors)
    {
        var lifecycle = rule["lifecycle"] as JsonObject;
        CheckColdStorage(lifecycle, $"{path}.lifecycle", errors);
        var deleteAfter = Days(lifecycle, "delete_after_days");
        if (SettingValues.IsTrue(SettingValues.Read(rule["enable_continuous_backup"])) && deleteAfter > ContinuousBackupMaximumDays)
        {
            errors.Add(new($"{path}.lifecycle.delete_after_days",
                $"is {deleteAfter} days, but continuous backups (enable_continuous_backup) are kept at most {ContinuousBackupMaximumDays} days: use {ContinuousBackupMaximumDays} or fewer"));
        }

        foreach (var (vault, copyAction) in ObjectEntries.Of(rule["copy_actions"]))
        {
            CheckColdStorage(copyAction["lifecycle"] as JsonObject, $"{path}.copy_actions.{vault}.lifecycle", errors);
        }
    }

    private static void CheckColdStorage(JsonObject? lifecycle, string path, List<PolicyValidationError> errors)
    {
        if (Days(lifecycle, "move_to_cold_storage_after_days") is { } cold
            && Days(lifecycle, "delete_after_days") is { } delete
            && delete < cold + ColdStorageMinimumDays)
        {
            errors.Add(new($"{path}.delete_after_days",
                $"is {delete} days, but a backup moved to cold storage after {cold} days must stay there at least {ColdStorageMinimumDays} days: use {cold + ColdStorageMinimumDays} or more"));
        }
    }

    private static long? Days(JsonObject? lifecycle, string key) => SettingValues.WholeNumber(SettingValues.Read(lifecycle?[key]));

    private static void CheckConditionCount(JsonObject selection, string path, List<PolicyValidationError> errors)
    {
        var conditions = selection["conditions"] as JsonObject;
        var count = s_conditionOperators.Sum(op => ObjectEntries.Of(conditions?[op]).Count());
        if (count > MaximumConditionsPerSelection)
        {
            errors.Add(new($"{path}.conditions", $"has {count} conditions; AWS allows at most {MaximumConditionsPerSelection} in one selection"));
        }
    }
}
