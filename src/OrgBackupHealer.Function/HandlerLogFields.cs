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

    /// <summary>One line for a whole set: every action with the entry it is for, and each entry's outcome.</summary>
    public static LogField[] For(SetReconcileResult result) =>
    [
        LogField.Of("outcome", result.Outcome.ToString()),
        LogField.List("policies", [.. result.Entries.Select(Describe)]),
        LogField.List("planned_actions", [.. result.SharedPlan.Concat(result.Completed.SelectMany(r => r.Plan)).Select(Describe)]),
        LogField.List("applied_actions", [.. result.SharedApplied.Concat(result.Completed.SelectMany(r => r.Applied)).Select(Describe)]),
        LogField.List("unreachable_targets", [.. result.UnreachableTargets.Select(u => Describe(u.Target, u.Policy))]),
        LogField.Of("snapshot", result.Snapshot?.Location),
    ];

    /// <summary>An entry's outcome: its mode and how it ended, or why it stopped.</summary>
    public static string Describe(EntryOutcome entry) => entry switch
    {
        { Result: { } r } => $"{entry.Key}: {OutcomeName(r.Outcome)} ({r.Mode.ToString().ToLowerInvariant()})",
        _ => $"{entry.Key}: failed ({entry.Failure!.Diagnosis.Reason})",
    };

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
        ReconcileOutcome.Failed => "failed",
        _ => "degraded",
    };

    public static string Describe(UnreachableTarget u, string policy) => $"{u.TargetId} ({u.Reason}) [{policy}]: {u.Message}";

    public static string Describe(PlannedAction a) => $"{a.Type} {a.Target} ({a.FixType}) [{a.PolicyDimension}]: {a.Reason}";

    public static string Describe(AppliedAction a) => $"{a.Action.Type} {a.Action.Target} ({a.Action.FixType}) [{a.Action.PolicyDimension}]: {a.Outcome}";
}
