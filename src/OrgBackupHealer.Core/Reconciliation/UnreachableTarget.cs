namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// A desired target the policy cannot be attached to for a reason a retry will not fix (it does not exist, the
/// account left the organization, its attachment limit is reached, the call is denied for it). It is reported on
/// its own and never stops the other targets.
/// </summary>
/// <param name="Reason">The TargetUnreachable metric's Reason dimension (<see cref="UnreachableReasons"/>).</param>
/// <param name="Message">What the service said, and what the operator can do.</param>
public sealed record UnreachableTarget(string TargetId, string Reason, string Message);
