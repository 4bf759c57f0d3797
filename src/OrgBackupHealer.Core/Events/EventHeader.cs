using System.Text.Json.Serialization;

namespace OrgBackupHealer.Core.Events;

/// <summary>The envelope members that say where an event came from, read when its detail has a foreign shape.</summary>
internal sealed class EventHeader
{
    [JsonPropertyName("source")]
    public string? Source { get; init; }

    [JsonPropertyName("detail-type")]
    public string? DetailType { get; init; }
}
