namespace OrgBackupHealer.Core.Organizations;

/// <summary>
/// An error answered by Organizations (or the simulated organization), carrying the model's error shape
/// name so the core can decide between retry, success-equivalent and stop.
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

    /// <summary>
    /// The service's own words. Subclasses whose <see cref="Exception.Message"/> already explains the fix keep the
    /// raw text here, so guidance built on top of it does not repeat the explanation.
    /// </summary>
    public virtual string ServiceMessage => Message;

    /// <summary>Throttling, concurrent modification, changes in progress and server-side (5xx) errors.</summary>
    public bool IsRetryable =>
        OrganizationsErrorCodes.IsRetryable(ErrorCode) || HttpStatus is >= 500;
}
