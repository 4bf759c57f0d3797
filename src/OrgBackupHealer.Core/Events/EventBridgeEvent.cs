using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The EventBridge envelope. <see cref="Detail"/> stays raw because its shape depends on the source
/// (a CloudTrail record for aws.organizations, an empty object for a scheduled event).
/// </summary>
public sealed class EventBridgeEvent
{
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("detail-type")]
    public string? DetailType { get; init; }

    [JsonPropertyName("source")]
    public string? Source { get; init; }

    [JsonPropertyName("account")]
    public string? Account { get; init; }

    [JsonPropertyName("time")]
    public string? Time { get; init; }

    [JsonPropertyName("region")]
    public string? Region { get; init; }

    [JsonPropertyName("resources")]
    public IReadOnlyList<string>? Resources { get; init; }

    [JsonPropertyName("detail")]
    public JsonElement? Detail { get; init; }
}
