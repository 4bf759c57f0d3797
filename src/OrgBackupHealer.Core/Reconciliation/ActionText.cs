namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>How an action reads to a person, in proposals and incidents: the action, its target and why, and for a content restore, each difference.</summary>
public static class ActionText
{
    public static string Describe(PlannedAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return $"{action.Type} {action.Target}: {action.Reason}";
    }

    public static string Describe(AppliedAction applied)
    {
        ArgumentNullException.ThrowIfNull(applied);
        return applied.Outcome == ActionOutcome.Applied ? Describe(applied.Action) : $"{Describe(applied.Action)} (already in place)";
    }

    /// <summary>The content diff of a plan: one line per JSON path, desired then actual.</summary>
    public static IReadOnlyList<string> Diff(IEnumerable<PlannedAction> plan) =>
        [.. plan.SelectMany(a => a.ContentChanges).Select(c => $"{c.Path}: desired {c.Desired ?? "(absent)"}, found {c.Actual ?? "(absent)"}")];
}
