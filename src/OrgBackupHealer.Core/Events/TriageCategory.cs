namespace OrgBackupHealer.Core.Events;

/// <summary>Which control produced an error signal; AccessDenied is not always the caller's IAM policy.</summary>
public enum TriageCategory
{
    Throttling,
    IamIdentityPolicy,
    ServiceControlPolicy,
    VpcEndpointPolicy,
    PermissionsBoundaryOrSessionPolicy,
    Unknown,
}
