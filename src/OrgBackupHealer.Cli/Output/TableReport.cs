using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Output;

/// <summary>The human-readable report of plan, heal and restore.</summary>
internal static class TableReport
{
    /// <summary>Values longer than this are cut in the table (JSON output has them whole).</summary>
    private const int MaxValueLength = 240;

    /// <summary>Which organization and account, which policy and where its desired content came from.</summary>
    public static void Header(TextWriter output, OrganizationReport organization, PolicyReport policy, ObservedState observed)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(observed);
        output.WriteLine($"Organization:    {OrganizationLine(organization)}");
        output.WriteLine($"Policy:          '{policy.Name}' {policy.Id ?? "(missing)"}, desired content from {policy.Source}{OriginNote(policy.Origin)}");
        output.WriteLine($"BACKUP_POLICY:   {(observed.BackupPolicyStatus is { } s ? PolicyTypeStatusNames.ToWire(s) : "not enabled")} on root {observed.Root.Id}");
        output.WriteLine($"Attached to:     {Describe(observed.Attachments.Select(a => a.TargetId))}");
        output.WriteLine($"Desired targets: {Describe(observed.DesiredTargetIds)}");
    }

    /// <summary>"o-abc123 (management account 111111111111), root r-ab12, via https://…": what the prompt and header name.</summary>
    public static string OrganizationLine(OrganizationReport organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return $"{Name(organization)}, root {organization.RootId}, via {organization.Endpoint}";
    }

    /// <summary>"organization o-abc123 (management account 111111111111)".</summary>
    public static string Name(OrganizationReport organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return $"{organization.Id ?? "(organization id unknown)"} (management account {organization.ManagementAccountId ?? "unknown"})";
    }

    public static void Plan(TextWriter output, IReadOnlyList<PlannedAction> plan)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(plan);
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
        foreach (var action in plan.Where(a => a.ContentChanges.Count > 0))
        {
            ContentChanges(output, action);
        }
    }

    /// <summary>Where the content differs, by JSON path: the desired value, then what the organization has.</summary>
    public static void ContentChanges(TextWriter output, PlannedAction action)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(action);
        output.WriteLine($"Content of '{action.Target}' differs at {action.ContentChanges.Count} JSON path(s):");
        foreach (var change in action.ContentChanges)
        {
            output.WriteLine($"  {change.Path}");
            output.WriteLine($"    desired: {Value(change.Desired)}");
            output.WriteLine($"    actual:  {Value(change.Actual)}");
        }
    }

    public static void UnknownTargets(TextWriter output, IReadOnlyList<UnreachableTarget> unknown, string organization) =>
        UnreachableTargets(output, unknown, $"Unknown target(s), not in organization {organization}:");

    /// <summary>The targets Organizations refused while the policies were attached (denied, at their limit, gone meanwhile).</summary>
    public static void RefusedTargets(TextWriter output, IReadOnlyList<UnreachableTarget> refused, string organization) =>
        UnreachableTargets(output, refused, $"Target(s) Organizations refused to attach to, in organization {organization}:");

    private static void UnreachableTargets(TextWriter output, IReadOnlyList<UnreachableTarget> unknown, string heading)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(unknown);
        if (unknown.Count == 0)
        {
            return;
        }

        output.WriteLine(heading);
        var table = new TextTable("TARGET", "REASON", "DETAIL");
        foreach (var target in unknown)
        {
            table.Add(target.TargetId, target.Reason, target.Message);
        }

        table.WriteTo(output);
    }

    public static void Applied(TextWriter output, IReadOnlyList<AppliedAction> applied, string heading)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(applied);
        output.WriteLine($"{heading} ({applied.Count(a => a.Outcome == ActionOutcome.Applied)} fix(es)):");
        if (applied.Count == 0)
        {
            output.WriteLine("  (none)");
            return;
        }

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
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(autoFix);
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

    private static string OriginNote(string origin) => origin switch
    {
        PolicyOrigins.WorkingDirectory => " (found in the working directory; --policy-file chooses another)",
        PolicyOrigins.Shipped => " (the copy shipped with the tool)",
        _ => "",
    };

    private static string Value(string? json) => json switch
    {
        null => "(absent)",
        { Length: > MaxValueLength } => json[..MaxValueLength] + "…",
        _ => json,
    };
}
