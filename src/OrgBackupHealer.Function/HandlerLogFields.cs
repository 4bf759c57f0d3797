using System.Globalization;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function;

/// <summary>The extra log keys for events, results and failures (spec §4), and the response summary.</summary>
internal static class HandlerLogFields
{
    public static LogField[] For(EventClassification c) =>
    [
        LogField.Of("event_kind", c.Kind.ToString()),
        LogField.Of("event_id", c.EventId),
        LogField.Of("source_account", c.SourceAccount),
        LogField.Of("event_name", c.EventName),
        LogField.Of("error_code", c.ErrorCode),
        LogField.Of("principal", c.Principal),
        LogField.Of("triage_category", c.Triage?.ToString()),
    ];

    /// <summary>Who else changed the policy in the flap window: the people or tools fighting the healer.</summary>
    public static LogField[] For(GateDecision decision) =>
    [
        LogField.Of("fixes_in_window", decision.FixesInWindow.ToString(CultureInfo.InvariantCulture)),
        LogField.List("other_actors", decision.OtherActors.Select(a => $"{a.Principal} {a.EventName} at {a.At:O}").ToList()),
    ];

    public static LogField[] For(ReconcileResult result) =>
    [
        LogField.Of("mode", result.Mode.ToString()),
        LogField.List("planned_actions", result.Plan.Select(Describe).ToList()),
        LogField.List("applied_actions", result.Applied.Select(Describe).ToList()),
    ];

    public static LogField[] For(ReconcileException failure) =>
    [
        LogField.Of("reconcile_error_code", failure.ErrorCode),
        LogField.List("applied_actions", failure.Applied.Select(Describe).ToList()),
    ];

    public static InvocationSummary Summarize(ReconcileResult result, EventClassification c)
    {
        var outcome = !result.DriftFound ? "healthy" : result.Mode == HealerMode.Enforce ? "repaired" : "drift-reported";
        var actions = result.Mode == HealerMode.Enforce ? result.Applied.Select(Describe) : result.Plan.Select(Describe);
        return new InvocationSummary(outcome, c.Kind.ToString(), c.Reason, actions.ToList());
    }

    private static string Describe(PlannedAction a) => $"{a.Type} {a.Target} ({a.FixType}): {a.Reason}";

    private static string Describe(AppliedAction a) => $"{a.Action.Type} {a.Action.Target} ({a.Action.FixType}): {a.Outcome}";
}
