using System.Text.Json.Serialization;

namespace OrgBackupHealer.Core.Events;

public sealed class ResponsePolicySummary
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }
}
