namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>What a failure means: retry or not, the metric's Reason, and one sentence for an operator.</summary>
public sealed record Diagnosis(FailureKind Kind, string Reason, string Message);

/// <summary>Whether retrying a failed reconcile can help; decides between a Lambda retry and a report.</summary>
public enum FailureKind
{
    /// <summary>Throttling, busy, a timeout, the deadline: the invocation fails so that Lambda retries it.</summary>
    Transient,

    /// <summary>A condition only an operator can change: reported once, never retried.</summary>
    Terminal,
}
