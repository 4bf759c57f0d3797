namespace OrgBackupHealer.Core.Organizations;

/// <summary>
/// An error answered by Organizations (or the simulated organization), carrying the model's error shape name so
/// the core can decide between retry, success-equivalent, a per-target finding and stop. The message is the
/// service's own words; <see cref="Reconciliation.OperatorGuidance"/> turns it into advice.
/// </summary>
public class OrganizationsException : Exception
{
    public OrganizationsException(string errorCode, string message, int? httpStatus = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        HttpStatus = httpStatus;
    }

    /// <summary>The error shape name, e.g. TooManyRequestsException.</summary>
    public string ErrorCode { get; }

    public int? HttpStatus { get; }

    /// <summary>The operation that failed, e.g. AttachPolicy, when the adapter knows it.</summary>
    public string? Operation { get; init; }

    /// <summary>
    /// The Reason member of ConstraintViolationException (e.g. MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED) and
    /// AccessDeniedForDependencyException; null for other errors.
    /// </summary>
    public string? Reason { get; init; }

    /// <summary>The Type member of TooManyRequestsException (which quota was hit); null for other errors.</summary>
    public string? ExceptionType { get; init; }

    /// <summary>Throttling, concurrent modification, changes in progress, timeouts and server-side (5xx) errors.</summary>
    public bool IsRetryable =>
        OrganizationsErrorCodes.IsRetryable(ErrorCode) || HttpStatus is >= 500;
}
