namespace OrgBackupHealer.Simulation;

/// <summary>An error the next <see cref="Remaining"/> calls of an operation answer with.</summary>
internal sealed class InjectedFault(string errorCode, int remaining, int httpStatus, string message)
{
    public string ErrorCode { get; } = errorCode;

    public int HttpStatus { get; } = httpStatus;

    public string Message { get; } = message;

    public int Remaining { get; set; } = remaining;
}
