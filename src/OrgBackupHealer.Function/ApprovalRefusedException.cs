namespace OrgBackupHealer.Function;

/// <summary>
/// The runbook's approval did not apply its proposal (unknown, forged, closed, expired, or the organization changed):
/// the invocation fails with this as its errorType, so the Automation step fails with the reason and nothing written.
/// </summary>
internal sealed class ApprovalRefusedException : Exception
{
    public ApprovalRefusedException()
    {
    }

    public ApprovalRefusedException(string message)
        : base(message)
    {
    }

    public ApprovalRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
