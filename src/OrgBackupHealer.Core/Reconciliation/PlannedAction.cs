namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// One write the reconcile intends to make. <see cref="Target"/> is the root id for EnablePolicyType,
/// the policy name for CreatePolicy and UpdatePolicy, and the target id for AttachPolicy.
/// </summary>
public sealed record PlannedAction(ActionType Type, string Target, FixType FixType, string Reason);
