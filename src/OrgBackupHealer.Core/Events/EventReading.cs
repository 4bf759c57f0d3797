namespace OrgBackupHealer.Core.Events;

/// <summary>
/// What one pass over an event body found. <see cref="HeaderError"/> is set when not even the header (the body as a
/// JSON object with string source and detail-type) reads; <see cref="ShapeError"/> when the body does not read as
/// the records, and then <see cref="Envelope"/> is null and <see cref="Header"/> says what it claims to be.
/// </summary>
internal readonly record struct EventReading(
    EventBridgeEvent? Envelope,
    EventHeader Header,
    string? ShapeError,
    string? HeaderError);
