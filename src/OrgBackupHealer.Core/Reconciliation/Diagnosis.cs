namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>What a failure means: retry or not, the metric's Reason, and one sentence for an operator.</summary>
public sealed record Diagnosis(FailureKind Kind, string Reason, string Message);
