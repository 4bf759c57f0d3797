namespace OrgBackupHealer.Core.Events;

/// <summary>
/// What one pass over an event body found: the envelope, or when there is none (the body is not a JSON object, or
/// one of the envelope's members has the wrong type) the <see cref="Problem"/>. <see cref="DetailProblem"/> is the
/// first member of the detail with the wrong type: it only counts when the envelope says the detail is a CloudTrail
/// record, which the pass knows only at the end of the envelope.
/// </summary>
internal readonly record struct EventReading(EventBridgeEvent? Envelope, string? Problem, string? DetailProblem)
{
    public static EventReading Unreadable(string problem) => new(null, problem, null);
}
