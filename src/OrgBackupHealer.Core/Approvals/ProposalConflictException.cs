namespace OrgBackupHealer.Core.Approvals;

/// <summary>Another writer changed an entry's open proposal between the read and the conditional write.</summary>
public sealed class ProposalConflictException : Exception
{
    public ProposalConflictException()
    {
    }

    public ProposalConflictException(string message)
        : base(message)
    {
    }

    public ProposalConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
