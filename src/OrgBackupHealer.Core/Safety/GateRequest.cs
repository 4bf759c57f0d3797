namespace OrgBackupHealer.Core.Safety;

/// <summary>
/// One event asking for a reconcile. <see cref="Deadline"/> is when the invocation must end (the Lambda
/// deadline): the event's in-progress lease lasts until then, so a crashed attempt can be retried afterwards.
/// <see cref="Actor"/> is set for drift signals.
/// </summary>
public sealed record GateRequest(
    ReconcileTrigger Trigger,
    string EventId,
    DateTimeOffset? Deadline = null,
    DriftActor? Actor = null);
