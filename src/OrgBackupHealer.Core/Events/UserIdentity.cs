using System.Text.Json.Serialization;

namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The caller of a CloudTrail-recorded call. The access key id is deliberately not mapped: nothing the healer
/// does needs it, so it can never end up in a log line.
/// </summary>
public sealed class UserIdentity
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("principalId")]
    public string? PrincipalId { get; init; }

    [JsonPropertyName("arn")]
    public string? Arn { get; init; }

    [JsonPropertyName("accountId")]
    public string? AccountId { get; init; }

    [JsonPropertyName("userName")]
    public string? UserName { get; init; }

    [JsonPropertyName("invokedBy")]
    public string? InvokedBy { get; init; }

    [JsonPropertyName("sessionContext")]
    public SessionContext? SessionContext { get; init; }
}
