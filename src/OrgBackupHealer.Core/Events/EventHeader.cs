namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The envelope members that say where an event came from. When the rest of the event does not read as an
/// EventBridge event with a CloudTrail detail, they decide between "unrelated" (another source) and "invalid".
/// </summary>
internal readonly record struct EventHeader(string? Source, string? DetailType);
