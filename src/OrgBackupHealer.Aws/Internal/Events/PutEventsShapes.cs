namespace OrgBackupHealer.Aws.Internal.Events;

#pragma warning disable CA1819 // Wire shapes: arrays serialize as the service model's lists.

/// <summary>EventBridge PutEvents, the members the incident sink sends.</summary>
internal sealed record PutEventsRequest(PutEventsRequestEntry[] Entries);

internal sealed record PutEventsRequestEntry(string Source, string DetailType, string Detail, string EventBusName, string? Time = null);

internal sealed record PutEventsResponse(int FailedEntryCount, PutEventsResultEntry[]? Entries);

internal sealed record PutEventsResultEntry(string? EventId, string? ErrorCode, string? ErrorMessage);
