using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Output;

/// <summary>The human-readable report of plan, heal and restore.</summary>
internal static class TableReport
{
    public static void Observed(TextWriter output, string organization, string policyName, ObservedState observed)
    {
        output.WriteLine($"Organization: {organization}");
        output.WriteLine($"BACKUP_POLICY on root {observed.Root.Id}: {(observed.BackupPolicyStatus is { } s ? PolicyTypeStatusNames.ToWire(s) : "not enabled")}");
        output.WriteLine(observed.ManagedPolicy is { } policy
            ? $"Policy '{policyName}': {policy.Summary.Id}, attached to {Describe(observed.Attachments.Select(a => a.TargetId))}"
            : $"Policy '{policyName}': missing");
        output.WriteLine($"Desired targets: {Describe(observed.DesiredTargetIds)}");
    }

    public static void Plan(TextWriter output, IReadOnlyList<PlannedAction> plan)
    {
        if (plan.Count == 0)
        {
            output.WriteLine("Healthy: nothing to do.");
            return;
        }

        output.WriteLine($"Drift found, {plan.Count} change(s) needed:");
        var table = new TextTable("#", "ACTION", "TARGET", "FIX TYPE", "REASON");
        for (var i = 0; i < plan.Count; i++)
        {
            table.Add($"{i + 1}", plan[i].Type.ToString(), plan[i].Target, plan[i].FixType.ToString(), plan[i].Reason);
        }

        table.WriteTo(output);
    }

    public static void Applied(TextWriter output, IReadOnlyList<AppliedAction> applied)
    {
        output.WriteLine($"Applied {applied.Count(a => a.Outcome == ActionOutcome.Applied)} fix(es):");
        var table = new TextTable("#", "ACTION", "TARGET", "FIX TYPE", "OUTCOME");
        for (var i = 0; i < applied.Count; i++)
        {
            var action = applied[i].Action;
            table.Add($"{i + 1}", action.Type.ToString(), action.Target, action.FixType.ToString(), applied[i].Outcome.ToString());
        }

        table.WriteTo(output);
    }

    /// <summary>The AutoFix metric per FixType, as CloudWatch shows what the Lambda emits.</summary>
    public static void AutoFixMetrics(TextWriter output, IReadOnlyDictionary<string, int> autoFix)
    {
        output.WriteLine("Metrics (namespace OrgBackupHealer, AutoFix by FixType):");
        var table = new TextTable("METRIC", "FixType", "VALUE");
        foreach (var (fixType, count) in autoFix)
        {
            table.Add("AutoFix", fixType, $"{count}");
        }

        table.WriteTo(output);
    }

    public static string Describe(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count == 0 ? "(nothing)" : string.Join(", ", list);
    }
}
