namespace OrgBackupHealer.Core.Organizations;

/// <summary>
/// Error codes the healer reacts to: the service model's error shape names, the generic AWS throttling codes that
/// CloudTrail records, and three codes the client gives conditions the service never names (marked below).
/// </summary>
public static class OrganizationsErrorCodes
{
    public const string AccessDenied = "AccessDeniedException";
    public const string AccountNotFound = "AccountNotFoundException";
    public const string AwsOrganizationsNotInUse = "AWSOrganizationsNotInUseException";
    public const string ConcurrentModification = "ConcurrentModificationException";
    public const string ConstraintViolation = "ConstraintViolationException";
    public const string DuplicatePolicy = "DuplicatePolicyException";
    public const string DuplicatePolicyAttachment = "DuplicatePolicyAttachmentException";
    public const string InvalidInput = "InvalidInputException";
    public const string MalformedPolicyDocument = "MalformedPolicyDocumentException";
    public const string OrganizationalUnitNotFound = "OrganizationalUnitNotFoundException";
    public const string ParentNotFound = "ParentNotFoundException";
    public const string ChildNotFound = "ChildNotFoundException";
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

    /// <summary>Generic AWS throttling codes: not Organizations shapes, but CloudTrail records them and the rule matches them.</summary>
    public const string ThrottlingException = "ThrottlingException";

    /// <inheritdoc cref="ThrottlingException"/>
    public const string Throttling = "Throttling";

    /// <summary>Not a model error: the client got no answer within its per-attempt timeout. Retryable.</summary>
    public const string RequestTimeout = "RequestTimeout";

    /// <summary>Not a model error: an answer the client could not read as the operation's output.</summary>
    public const string InvalidResponse = "InvalidResponse";

    /// <summary>
    /// Not a model error: the request never got an answer (connection refused, DNS, TLS). Not retried within a run:
    /// an address nobody listens on is told at once; the Lambda's own retry of the event tries again.
    /// </summary>
    public const string EndpointUnreachable = "EndpointUnreachable";

    /// <summary>The codes above that are not error shapes of the Organizations model; every other one is (a test checks both).</summary>
    public static IReadOnlyList<string> NotInServiceModel { get; } = [ThrottlingException, Throttling, RequestTimeout, InvalidResponse, EndpointUnreachable];

    /// <summary>Every throttling code the error-signal rule triggers on; the healer retries each of them.</summary>
    public static IReadOnlyList<string> ThrottlingCodes { get; } = [TooManyRequests, ThrottlingException, Throttling];

    public static bool IsThrottling(string? errorCode) => errorCode is TooManyRequests or ThrottlingException or Throttling;

    /// <summary>
    /// Codes worth retrying with backoff. The AWS SDKs do not retry ConcurrentModificationException on their own,
    /// so the healer must.
    /// </summary>
    public static bool IsRetryable(string errorCode) =>
        IsThrottling(errorCode) || errorCode is ConcurrentModification or PolicyChangesInProgress or ServiceException or RequestTimeout;
}
