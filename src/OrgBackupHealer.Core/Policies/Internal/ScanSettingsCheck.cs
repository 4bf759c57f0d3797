using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>
/// The page, scan_actions: "You must use scan_settings in the backup policy elements in conjunction with scan_actions
/// in order for scanning jobs to start successfully." A scanner a rule uses must be configured in its plan's
/// scan_settings: part of question (b), since the two may come from different policies.
/// </summary>
internal static class ScanSettingsCheck
{
    public static IEnumerable<PolicyValidationError> Check(JsonObject policy)
    {
        foreach (var (planName, plan) in ObjectEntries.Of(policy["plans"]))
        {
            var configured = ObjectEntries.Of(plan["scan_settings"]).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
            var scannersUsed = ObjectEntries.Of(plan["rules"])
                .SelectMany(rule => ObjectEntries.Of(rule.Value["scan_actions"]).Select(action => (Scanner: action.Key, Rule: rule.Key)))
                .GroupBy(use => use.Scanner, StringComparer.Ordinal);
            foreach (var uses in scannersUsed.Where(s => !configured.Contains(s.Key)))
            {
                yield return new PolicyValidationError(
                    $"$.plans.{planName}.scan_settings.{uses.Key}",
                    $"missing: {Rules(uses.Select(u => u.Rule).ToList())} with {uses.Key} (scan_actions), and AWS starts scanning jobs only when the plan's scan_settings configure {uses.Key}");
            }
        }
    }

    private static string Rules(List<string> names) =>
        names.Count == 1 ? $"rule {names[0]} scans" : $"rules {string.Join(", ", names)} scan";
}
