using System.Text.Json;
using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Core.Tests.Events.Baseline;

/// <summary>
/// <see cref="EventClassifier"/> as it was up to commit a42232d: the envelope and its CloudTrail detail deserialized
/// into records by System.Text.Json, then an <c>EventHeader</c> read when that fails. Kept, frozen, as the reference the
/// differential tests hold the shipped classifier to and as the "before" of the event benchmarks.
/// </summary>
internal sealed class BaselineEventClassifier
{
    private const string OrganizationsEventSource = "organizations.amazonaws.com";

    private readonly BaselineHealerRole? _healerRole;
    private readonly BaselinePolicyMatcher _policyMatcher;

    public BaselineEventClassifier(string managedPolicyName, HealerRole? healerRole)
    {
        _policyMatcher = new BaselinePolicyMatcher(managedPolicyName);
        _healerRole = healerRole is null ? null : new BaselineHealerRole(healerRole);
    }

    public BaselineClassification Classify(ReadOnlySpan<byte> body, string? knownManagedPolicyId = null)
    {
        if (body.Length > EventClassifier.MaxEventBytes)
        {
            return Invalid($"event is {body.Length} bytes, larger than the {EventClassifier.MaxEventBytes} bytes EventBridge allows");
        }

        BaselineEventBridgeEvent? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(body, BaselineJsonContext.Default.BaselineEventBridgeEvent);
        }
        catch (Exception e) when (IsParseFailure(e))
        {
            return ClassifyUnreadable(body, e);
        }

        return envelope is null ? Invalid("event body is JSON null") : ClassifyEnvelope(envelope, knownManagedPolicyId);
    }

    private static BaselineClassification ClassifyUnreadable(ReadOnlySpan<byte> body, Exception parseError)
    {
        BaselineEventHeader? header;
        try
        {
            header = JsonSerializer.Deserialize(body, BaselineJsonContext.Default.BaselineEventHeader);
        }
        catch (Exception e) when (IsParseFailure(e))
        {
            return Invalid($"not an EventBridge event: {e.Message}");
        }

        if (header?.Source is null || header.DetailType is null)
        {
            return Invalid($"not an EventBridge event: {parseError.Message}");
        }

        if (header.Source == EventClassifier.OrganizationsSource && header.DetailType == EventClassifier.CloudTrailDetailType)
        {
            return Invalid($"CloudTrail detail has an unexpected shape: {parseError.Message}");
        }

        return new BaselineClassification(
            EventKind.Unrelated, $"source '{header.Source}' with detail-type '{header.DetailType}' is not handled", null);
    }

    private BaselineClassification ClassifyEnvelope(BaselineEventBridgeEvent envelope, string? knownPolicyId)
    {
        if (envelope.Source == EventClassifier.ScheduleSource && envelope.DetailType == EventClassifier.ScheduleDetailType)
        {
            return new BaselineClassification(EventKind.Scheduled, "scheduled safety-net reconcile", envelope);
        }

        if (envelope.Source != EventClassifier.OrganizationsSource || envelope.DetailType != EventClassifier.CloudTrailDetailType)
        {
            return new BaselineClassification(
                EventKind.Unrelated, $"source '{envelope.Source}' with detail-type '{envelope.DetailType}' is not handled", envelope);
        }

        return envelope.Detail is { } detail
            ? ClassifyDetail(envelope, detail, knownPolicyId)
            : Invalid("CloudTrail event without an object 'detail'", envelope);
    }

    private BaselineClassification ClassifyDetail(BaselineEventBridgeEvent envelope, BaselineCloudTrailDetail detail, string? knownPolicyId)
    {
        if (detail.EventSource != OrganizationsEventSource)
        {
            return new BaselineClassification(EventKind.Unrelated, $"eventSource '{detail.EventSource}' is not Organizations", envelope, detail);
        }

        if (string.IsNullOrEmpty(detail.EventName))
        {
            return Invalid("CloudTrail detail without an eventName", envelope, detail);
        }

        if (_healerRole is not null && _healerRole.IsCaller(detail.UserIdentity))
        {
            return new BaselineClassification(
                EventKind.SelfGenerated, $"{detail.EventName} was called by the healer's own role", envelope, detail);
        }

        if (detail.ErrorCode is { Length: > 0 } errorCode)
        {
            return AccessDeniedTriage.Categorize(errorCode, detail.ErrorMessage) is { } triage
                ? new BaselineClassification(EventKind.ErrorSignal, $"{detail.EventName} failed with {errorCode}", envelope, detail, triage)
                : new BaselineClassification(EventKind.Unrelated, $"{detail.EventName} failed with {errorCode}, which is not a signal", envelope, detail);
        }

        var drift = _policyMatcher.DriftReason(detail, knownPolicyId);
        return drift is not null
            ? new BaselineClassification(EventKind.DriftSignal, drift, envelope, detail)
            : new BaselineClassification(EventKind.Unrelated, $"{detail.EventName} does not touch the managed backup policy", envelope, detail);
    }

    private static BaselineClassification Invalid(string reason, BaselineEventBridgeEvent? envelope = null, BaselineCloudTrailDetail? detail = null) =>
        new(EventKind.Invalid, reason, envelope, detail);

    private static bool IsParseFailure(Exception e) =>
        e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException;
}
