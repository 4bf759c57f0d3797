namespace OrgBackupHealer.Function.Runtime;

/// <summary>One event handed out by GET /runtime/invocation/next, with its Lambda-Runtime-* headers.</summary>
/// <param name="DeadlineUnixMs">Lambda-Runtime-Deadline-Ms; null when the header was missing or unreadable.</param>
internal sealed record Invocation(
    string RequestId,
    long? DeadlineUnixMs,
    string? FunctionArn,
    string? TraceId,
    byte[] Body)
{
    /// <summary>The deadline as a point in time, the one conversion of the header's milliseconds.</summary>
    public DateTimeOffset? Deadline => DeadlineUnixMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
