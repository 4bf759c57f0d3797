namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The caller of a CloudTrail-recorded call. The access key id is deliberately not mapped: nothing the healer
/// does needs it, so it can never end up in a log line.
/// </summary>
public sealed class UserIdentity
{
    public string? Type { get; init; }

    public string? PrincipalId { get; init; }

    public string? Arn { get; init; }

    public string? AccountId { get; init; }

    public string? UserName { get; init; }

    public string? InvokedBy { get; init; }

    public SessionContext? SessionContext { get; init; }
}
