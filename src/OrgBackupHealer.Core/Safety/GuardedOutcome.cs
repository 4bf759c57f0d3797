using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Safety;

/// <summary>The gate's decision and, when it let the event through, the reconcile's result.</summary>
public sealed record GuardedOutcome(GateDecision Decision, ReconcileResult? Result);
