namespace OrgBackupHealer.Core.Reconciliation;

public sealed record AppliedAction(PlannedAction Action, ActionOutcome Outcome);
