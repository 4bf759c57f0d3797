namespace OrgBackupHealer.Core.Events;

/// <summary>The role behind an assumed-role session; its ARN is what the EventBridge rule excludes.</summary>
public sealed class SessionIssuer
{
    public string? Type { get; init; }

    public string? PrincipalId { get; init; }

    public string? Arn { get; init; }

    public string? AccountId { get; init; }

    public string? UserName { get; init; }
}
