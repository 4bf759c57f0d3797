namespace OrgBackupHealer.Core.Desired;

/// <summary>A policy set that cannot be used; <see cref="Errors"/> lists every problem found, each naming where it is.</summary>
public sealed class PolicySetException : Exception
{
    public PolicySetException(IReadOnlyList<string> errors)
        : base("Invalid policy set: " + string.Join("; ", errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; }
}
