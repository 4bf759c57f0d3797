namespace OrgBackupHealer.Core.Policies;

/// <summary>Thrown when a backup policy document is not valid; the message lists every error with its path.</summary>
public sealed class PolicyDocumentException : Exception
{
    public PolicyDocumentException(IReadOnlyList<PolicyValidationError> errors)
        : base("Invalid backup policy document: " + string.Join("; ", errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<PolicyValidationError> Errors { get; }
}
