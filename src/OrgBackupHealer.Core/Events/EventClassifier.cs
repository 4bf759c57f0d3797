namespace OrgBackupHealer.Core.Events;

/// <summary>
/// Decides what an incoming EventBridge event means for the healer. Never throws: anything it cannot read is
/// <see cref="EventKind.Invalid"/> with the reason, so a bad event is acknowledged instead of retried.
/// </summary>
public sealed class EventClassifier
{
    /// <summary>EventBridge refuses events above 256 KB, so anything larger did not come from a rule.</summary>
    public const int MaxEventBytes = 256 * 1024;

    public const string OrganizationsSource = "aws.organizations";
    public const string CloudTrailDetailType = "AWS API Call via CloudTrail";
    public const string ScheduleSource = "aws.events";
    public const string ScheduleDetailType = "Scheduled Event";
    private const string OrganizationsEventSource = "organizations.amazonaws.com";

    private readonly HealerRole? _healerRole;
    private readonly ManagedPolicyMatcher _policyMatcher;

    /// <param name="healerRole">The healer's own role; null disables self detection in code (the rule still excludes it).</param>
    public EventClassifier(string managedPolicyName, HealerRole? healerRole)
    {
        _policyMatcher = new ManagedPolicyMatcher(managedPolicyName);
        _healerRole = healerRole;
    }

    /// <param name="knownManagedPolicyId">The managed policy's id once a reconcile has seen it; null on a cold start.</param>
    public EventClassification Classify(ReadOnlySpan<byte> body, string? knownManagedPolicyId = null)
    {
        if (body.Length > MaxEventBytes)
        {
            return Invalid($"event is {body.Length} bytes, larger than the {MaxEventBytes} bytes EventBridge allows");
        }

        var reading = EventReader.Read(body);
        if (reading.HeaderError is { } headerError)
        {
            return Invalid($"not an EventBridge event: {headerError}");
        }

        if (reading.ShapeError is { } shapeError)
        {
            return ClassifyUnreadable(reading.Header, shapeError);
        }

        return reading.Envelope is { } envelope ? ClassifyEnvelope(envelope, knownManagedPolicyId) : Invalid("event body is JSON null");
    }

    /// <summary>
    /// The body is JSON with a readable source and detail-type, but not the records. A well-formed envelope from
    /// another source whose detail is not a CloudTrail record is unrelated, not invalid; anything else is invalid
    /// with the reason the read failed.
    /// </summary>
    private static EventClassification ClassifyUnreadable(EventHeader header, string shapeError)
    {
        if (header.Source is null || header.DetailType is null)
        {
            return Invalid($"not an EventBridge event: {shapeError}");
        }

        if (header.Source == OrganizationsSource && header.DetailType == CloudTrailDetailType)
        {
            return Invalid($"CloudTrail detail has an unexpected shape: {shapeError}");
        }

        return new EventClassification(
            EventKind.Unrelated, $"source '{header.Source}' with detail-type '{header.DetailType}' is not handled", null);
    }

    private EventClassification ClassifyEnvelope(EventBridgeEvent envelope, string? knownPolicyId)
    {
        if (envelope.Source == ScheduleSource && envelope.DetailType == ScheduleDetailType)
        {
            return new EventClassification(EventKind.Scheduled, "scheduled safety-net reconcile", envelope);
        }

        if (envelope.Source != OrganizationsSource || envelope.DetailType != CloudTrailDetailType)
        {
            return new EventClassification(
                EventKind.Unrelated, $"source '{envelope.Source}' with detail-type '{envelope.DetailType}' is not handled", envelope);
        }

        return envelope.Detail is { } detail
            ? ClassifyDetail(envelope, detail, knownPolicyId)
            : Invalid("CloudTrail event without an object 'detail'", envelope);
    }

    private EventClassification ClassifyDetail(EventBridgeEvent envelope, CloudTrailDetail detail, string? knownPolicyId)
    {
        if (detail.EventSource != OrganizationsEventSource)
        {
            return new EventClassification(EventKind.Unrelated, $"eventSource '{detail.EventSource}' is not Organizations", envelope, detail);
        }

        if (string.IsNullOrEmpty(detail.EventName))
        {
            return Invalid("CloudTrail detail without an eventName", envelope, detail);
        }

        if (_healerRole is not null && _healerRole.IsCaller(detail.UserIdentity))
        {
            return new EventClassification(
                EventKind.SelfGenerated, $"{detail.EventName} was called by the healer's own role", envelope, detail);
        }

        if (detail.ErrorCode is { Length: > 0 } errorCode)
        {
            return AccessDeniedTriage.Categorize(errorCode, detail.ErrorMessage) is { } triage
                ? new EventClassification(EventKind.ErrorSignal, $"{detail.EventName} failed with {errorCode}", envelope, detail, triage)
                : new EventClassification(EventKind.Unrelated, $"{detail.EventName} failed with {errorCode}, which is not a signal", envelope, detail);
        }

        var drift = _policyMatcher.DriftReason(detail, knownPolicyId);
        return drift is not null
            ? new EventClassification(EventKind.DriftSignal, drift, envelope, detail)
            : new EventClassification(EventKind.Unrelated, $"{detail.EventName} does not touch the managed backup policy", envelope, detail);
    }

    private static EventClassification Invalid(string reason, EventBridgeEvent? envelope = null, CloudTrailDetail? detail = null) =>
        new(EventKind.Invalid, reason, envelope, detail);
}
