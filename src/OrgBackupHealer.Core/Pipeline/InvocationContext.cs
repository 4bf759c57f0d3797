namespace OrgBackupHealer.Core.Pipeline;

/// <summary>
/// The invocation an event arrived in: its request id (Lambda keeps it across its own retries of one event, so it
/// names the attempt's owner and stands in for an event without an id) and when it must end (the claim's lease and
/// the coverage check's budget are measured against it; null when there is no deadline).
/// </summary>
public sealed record InvocationContext(string RequestId, DateTimeOffset? Deadline);
