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

    /// <summary>A BACKUP_POLICY that is not the entry's stands in the way: it holds the entry's name, or another owner tagged the policy it adopts.</summary>
    public const string OwnershipConflict = "OwnershipConflict";

    /// <summary>Two BACKUP_POLICYs carry one entry's tags (or, for the upgrade, the legacy tag): neither is written.</summary>
    public const string AmbiguousPolicy = "AmbiguousPolicy";

    /// <summary>A policy learnt earlier no longer carries the entry's tags when the healer is about to write it: not written.</summary>
    public const string OwnershipLost = "OwnershipLost";

    /// <summary>Any other error the service answered that a retry will not change.</summary>
    public const string Rejected = "Rejected";
}
