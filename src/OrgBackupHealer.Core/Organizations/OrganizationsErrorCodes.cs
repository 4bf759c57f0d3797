namespace OrgBackupHealer.Core.Organizations;

/// <summary>Error shape names from the Organizations service model that the healer reacts to.</summary>
public static class OrganizationsErrorCodes
{
    public const string AccessDenied = "AccessDeniedException";
    public const string AwsOrganizationsNotInUse = "AWSOrganizationsNotInUseException";
    public const string ConcurrentModification = "ConcurrentModificationException";
    public const string ConstraintViolation = "ConstraintViolationException";
    public const string DuplicatePolicy = "DuplicatePolicyException";
    public const string DuplicatePolicyAttachment = "DuplicatePolicyAttachmentException";
    public const string InvalidInput = "InvalidInputException";
    public const string MalformedPolicyDocument = "MalformedPolicyDocumentException";
    public const string PolicyChangesInProgress = "PolicyChangesInProgressException";
    public const string PolicyNotFound = "PolicyNotFoundException";
    public const string PolicyTypeAlreadyEnabled = "PolicyTypeAlreadyEnabledException";
    public const string PolicyTypeNotAvailableForOrganization = "PolicyTypeNotAvailableForOrganizationException";
    public const string PolicyTypeNotEnabled = "PolicyTypeNotEnabledException";
    public const string RootNotFound = "RootNotFoundException";
    public const string ServiceException = "ServiceException";
    public const string TargetNotFound = "TargetNotFoundException";
    public const string TooManyRequests = "TooManyRequestsException";
    public const string UnsupportedApiEndpoint = "UnsupportedAPIEndpointException";

    /// <summary>
    /// Codes worth retrying with backoff. The AWS SDKs do not retry ConcurrentModificationException on
    /// their own, so the healer must.
    /// </summary>
    public static bool IsRetryable(string errorCode) => errorCode is
        TooManyRequests or ConcurrentModification or PolicyChangesInProgress or ServiceException;
}
