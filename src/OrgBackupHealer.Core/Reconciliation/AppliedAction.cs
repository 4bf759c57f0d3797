namespace OrgBackupHealer.Core.Reconciliation;

public sealed record AppliedAction(PlannedAction Action, ActionOutcome Outcome);

public enum ActionOutcome
{
    /// <summary>The healer's write changed the organization; counted as an AutoFix.</summary>
    Applied,

    /// <summary>The service said it was already so (another writer won a race); not counted as a fix.</summary>
    AlreadyInPlace,
}
