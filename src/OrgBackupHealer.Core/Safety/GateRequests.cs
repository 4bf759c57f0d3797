using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Core.Safety;

/// <summary>The one mapping from a classified event to what the gate needs to know about it, for a direct event and a batch record alike.</summary>
internal static class GateRequests
{
    /// <summary>Stands in for the principal or the event name a drift record did not carry.</summary>
    public const string Unknown = "unknown";

    /// <param name="fallbackId">
    /// The attempt: the Lambda request id on the direct path, which Lambda keeps across its own retries, or the queue
    /// message id in a batch, the same across redeliveries. It is also the idempotency key when the event names none (no
    /// CloudTrail eventID, no envelope id).
    /// </param>
    /// <param name="deadline">When the invocation must end: the lease of the event's claim; null for the default lease.</param>
    public static GateRequest For(EventClassification classification, ReconcileTrigger trigger, string fallbackId, DateTimeOffset? deadline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(classification);
        var eventId = classification.EventId is { Length: > 0 } id ? id : fallbackId;
        var actor = trigger == ReconcileTrigger.DriftSignal
            ? new DriftActor(classification.Principal ?? Unknown, classification.EventName ?? Unknown, now)
            : null;
        return new GateRequest(trigger, eventId, deadline, actor, fallbackId);
    }
}
