using System.Globalization;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function;

/// <summary>The extra log keys for events, results and failures, and the response summary.</summary>
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
        LogField.Of("healing_runs_in_window", decision.HealingRunsInWindow.ToString(CultureInfo.InvariantCulture)),
        LogField.List("other_actors", decision.OtherActors.Select(a => $"{a.Principal} {a.EventName} at {a.At:O}").ToList()),
    ];

    public static LogField[] For(ReconcileResult result) =>
    [
        LogField.Of("mode", result.Mode.ToString()),
        LogField.Of("outcome", result.Outcome.ToString()),
        LogField.List("planned_actions", result.Plan.Select(Describe).ToList()),
        LogField.List("applied_actions", result.Applied.Select(Describe).ToList()),
        LogField.List("unreachable_targets", result.UnreachableTargets.Select(Describe).ToList()),
        LogField.Of("snapshot", result.Snapshot?.Location),
    ];

    public static LogField[] For(ReconcileException failure) =>
    [
        LogField.Of("failure_kind", failure.Diagnosis.Kind.ToString()),
        LogField.Of("failure_reason", failure.Diagnosis.Reason),
        LogField.Of("reconcile_error_code", failure.ErrorCode),
        LogField.List("applied_actions", failure.Applied.Select(Describe).ToList()),
        LogField.Of("snapshot", failure.Snapshot?.Location),
    ];

    public static string OutcomeName(ReconcileOutcome outcome) => outcome switch
    {
        ReconcileOutcome.Healthy => "healthy",
        ReconcileOutcome.Repaired => "repaired",
        ReconcileOutcome.DriftReported => "drift-reported",
        _ => "degraded",
    };

    public static string Describe(UnreachableTarget u) => $"{u.TargetId} ({u.Reason}): {u.Message}";

    public static string Describe(PlannedAction a) => $"{a.Type} {a.Target} ({a.FixType}): {a.Reason}";

    public static string Describe(AppliedAction a) => $"{a.Action.Type} {a.Action.Target} ({a.Action.FixType}): {a.Outcome}";
}
