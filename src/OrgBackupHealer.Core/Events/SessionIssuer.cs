using System.Text.Json.Serialization;

namespace OrgBackupHealer.Core.Events;

/// <summary>The role behind an assumed-role session; its ARN is what the EventBridge rule excludes.</summary>
public sealed class SessionIssuer
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
}
