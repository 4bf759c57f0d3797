namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The EventBridge envelope with its detail read as a CloudTrail record in the same pass (members are named as in
/// the JSON, "detail-type" as DetailType). Every detail member is optional, so a scheduled event's empty detail reads
/// as an empty record; a detail of another shape fails the read, and <see cref="EventClassifier"/> then goes by the
/// envelope's source and detail-type alone to say what it was.
/// </summary>
public sealed class EventBridgeEvent
{
    public string? Version { get; init; }

    public string? Id { get; init; }

    public string? DetailType { get; init; }

    public string? Source { get; init; }

    public string? Account { get; init; }

    public string? Time { get; init; }

    public string? Region { get; init; }

    /// <summary>The resource ARNs; a JSON null in the list stays a null element.</summary>
    public IReadOnlyList<string?>? Resources { get; init; }

    public CloudTrailDetail? Detail { get; init; }
}
