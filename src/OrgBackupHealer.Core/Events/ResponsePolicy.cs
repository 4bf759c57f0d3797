namespace OrgBackupHealer.Core.Events;

public sealed class ResponsePolicy
{
    public ResponsePolicySummary? PolicySummary { get; init; }
}
