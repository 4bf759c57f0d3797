namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>Values of the TargetUnreachable metric's Reason dimension.</summary>
public static class UnreachableReasons
{
    /// <summary>No such OU or account (deleted, typed wrong, or the account left the organization), or another root id.</summary>
    public const string NotFound = "TargetNotFound";

    /// <summary>The target already has as many backup policies attached as Organizations allows.</summary>
    public const string AttachmentLimit = "AttachmentLimitExceeded";

    /// <summary>AttachPolicy to this target is denied (an SCP, a permissions boundary or the delegation policy).</summary>
    public const string AccessDenied = "AccessDenied";

    /// <summary>Organizations refused the target id itself (InvalidInputException).</summary>
    public const string InvalidTarget = "InvalidTarget";
}
