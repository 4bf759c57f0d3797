namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>Values of the ReconcileFailed metric's Reason dimension (docs/metrics.md).</summary>
public static class FailureReasons
{
    /// <summary>Retries did not get through (throttling, busy, timeouts, the deadline); Lambda retries the event.</summary>
    public const string Transient = "Transient";

    /// <summary>The healer's own call was denied (IAM, an SCP, a permissions boundary, a VPC endpoint policy, the delegation policy).</summary>
    public const string AccessDenied = "AccessDenied";

    /// <summary>The account is not in an organization (AWSOrganizationsNotInUseException).</summary>
    public const string NoOrganization = "NoOrganization";

    /// <summary>The organization does not have all features enabled, so backup policies are unavailable.</summary>
    public const string AllFeaturesRequired = "AllFeaturesRequired";

    /// <summary>BACKUP_POLICY cannot be used in this organization or endpoint (type not available, unsupported endpoint).</summary>
    public const string PolicyTypeUnavailable = "PolicyTypeUnavailable";

    /// <summary>Organizations refused the desired document (malformed, or larger than the content limit).</summary>
    public const string PolicyDocumentRejected = "PolicyDocumentRejected";

    /// <summary>An Organizations limit other than per target (e.g. the number of policies).</summary>
    public const string LimitExceeded = "LimitExceeded";

    /// <summary>A same-named BACKUP_POLICY that is not the healer's (no managed tag, not adopted).</summary>
    public const string OwnershipConflict = "OwnershipConflict";

    /// <summary>Any other error the service answered that a retry will not change.</summary>
    public const string Rejected = "Rejected";
}
