using System.Text.Json.Serialization;

namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The EventBridge envelope with its detail read as a CloudTrail record in the same pass. Every detail member is
/// optional, so a scheduled event's empty detail reads as an empty record; a detail of another shape fails the
/// parse, and <see cref="EventClassifier"/> then reads <see cref="EventHeader"/> alone to say what it was.
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
    public CloudTrailDetail? Detail { get; init; }
}
