using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Function.Runtime;

namespace OrgBackupHealer.Function;

/// <summary>
/// The gate's view of a reconciling event: its idempotency key (the CloudTrail eventID, else the envelope id, else
/// the request id, which Lambda keeps across its own retries), the Lambda deadline as the lease end, and for drift
/// signals who made the change, for the flap-guard log line.
/// </summary>
internal static class GateRequestFactory
{
    public static GateRequest For(EventClassification classification, ReconcileTrigger trigger, Invocation invocation, DateTimeOffset now)
    {
        var eventId = classification.EventId is { Length: > 0 } id ? id : invocation.RequestId;
        DateTimeOffset? deadline = invocation.DeadlineUnixMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
        var actor = trigger == ReconcileTrigger.DriftSignal
            ? new DriftActor(classification.Principal ?? "unknown", classification.EventName ?? "unknown", now)
            : null;
        return new GateRequest(trigger, eventId, deadline, actor);
    }
}
