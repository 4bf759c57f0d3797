namespace OrgBackupHealer.Core.Events;

public sealed class ResponsePolicySummary
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Type { get; init; }
}
