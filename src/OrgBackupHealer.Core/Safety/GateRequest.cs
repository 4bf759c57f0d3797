namespace OrgBackupHealer.Core.Safety;

/// <summary>
/// One event asking for a reconcile. <see cref="Deadline"/> is when the invocation must end (the Lambda
/// deadline): the event's in-progress lease lasts until then, so a crashed attempt can be retried afterwards.
/// <see cref="Actor"/> is set for drift signals. <see cref="Attempt"/> names the attempt the claim belongs to: the
/// Lambda request id (Lambda keeps it across its own retries of one event), or the queue message id in a batch (the
/// same across redeliveries); a retry of the same attempt may take over the claim the failed one left.
/// </summary>
public sealed record GateRequest(
    ReconcileTrigger Trigger,
    string EventId,
    DateTimeOffset? Deadline = null,
    DriftActor? Actor = null,
    string Attempt = "");
