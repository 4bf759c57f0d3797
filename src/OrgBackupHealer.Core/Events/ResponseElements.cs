namespace OrgBackupHealer.Core.Events;

/// <summary>CloudTrail responseElements of a policy call: UpdatePolicy and CreatePolicy return the policy.</summary>
public sealed class ResponseElements
{
    public ResponsePolicy? Policy { get; init; }
}
