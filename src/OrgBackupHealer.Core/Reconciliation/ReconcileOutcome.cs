namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>How a reconcile that completed left the organization.</summary>
public enum ReconcileOutcome
{
    /// <summary>Nothing to do: every reachable part was already as desired and every target reachable.</summary>
    Healthy,

    /// <summary>Drift was found and fixed (enforce mode).</summary>
    Repaired,

    /// <summary>Drift was found and only reported (report mode, or writes suspended by the flap guard).</summary>
    DriftReported,

    /// <summary>Everything reachable is as desired, but at least one target is unreachable (a condition a retry cannot fix).</summary>
    Degraded,

    /// <summary>A policy set whose every entry stopped on a condition only an operator can change.</summary>
    Failed,
}
