using System.Text.Json;

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

        EventBridgeEvent? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(body, EventJsonContext.Default.EventBridgeEvent);
        }
        catch (Exception e) when (IsParseFailure(e))
        {
            return ClassifyUnreadable(body, e);
        }

        return envelope is null ? Invalid("event body is JSON null") : ClassifyEnvelope(envelope, knownManagedPolicyId);
    }

    /// <summary>
    /// The one-pass parse failed. A well-formed envelope from another source whose detail is not a CloudTrail
    /// record is unrelated, not invalid; anything else is invalid with the parser's reason.
    /// </summary>
    private static EventClassification ClassifyUnreadable(ReadOnlySpan<byte> body, Exception parseError)
    {
        EventHeader? header;
        try
        {
            header = JsonSerializer.Deserialize(body, EventJsonContext.Default.EventHeader);
        }
        catch (Exception e) when (IsParseFailure(e))
        {
            return Invalid($"not an EventBridge event: {e.Message}");
        }

        if (header?.Source is null || header.DetailType is null)
        {
            return Invalid($"not an EventBridge event: {parseError.Message}");
        }

        if (header.Source == OrganizationsSource && header.DetailType == CloudTrailDetailType)
        {
            return Invalid($"CloudTrail detail has an unexpected shape: {parseError.Message}");
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

    private static bool IsParseFailure(Exception e) =>
        e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException;
}
