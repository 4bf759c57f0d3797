using OrgBackupHealer.Core.Organizations;

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

    /// <summary>The detail-type of a CloudTrail record of eventType AwsServiceEvent (Amazon EventBridge User Guide, "AWS service events delivered via AWS CloudTrail").</summary>
    public const string ServiceEventDetailType = "AWS Service Event via CloudTrail";

    /// <summary>Organizations' service event when an account's effective policy becomes invalid, and when it is fixed.</summary>
    public const string EffectivePolicyValidationEvent = "EffectivePolicyValidation";
    public const string ScheduleSource = "aws.events";
    public const string ScheduleDetailType = "Scheduled Event";
    internal const string OrganizationsEventSource = "organizations.amazonaws.com";

    private readonly HealerRole? _healerRole;
    private readonly ManagedPolicyMatcher _policyMatcher;

    /// <param name="managedPolicyNames">Every entry's policy name.</param>
    /// <param name="healerRole">The healer's own role; null disables self detection in code (the rule still excludes it).</param>
    public EventClassifier(IReadOnlyCollection<string> managedPolicyNames, HealerRole? healerRole)
    {
        ArgumentNullException.ThrowIfNull(managedPolicyNames);
        _policyMatcher = new ManagedPolicyMatcher(managedPolicyNames);
        _healerRole = healerRole;
    }

    /// <summary>The classifier of a single-policy deployment.</summary>
    public EventClassifier(string managedPolicyName, HealerRole? healerRole)
        : this([managedPolicyName], healerRole)
    {
    }

    /// <param name="body">The event's UTF-8 bytes, which the classification keeps: change none of them while it is in use.</param>
    /// <param name="knownManagedPolicyId">A single-policy deployment's policy id once a reconcile has seen it; null on a cold start.</param>
    public EventClassification Classify(ReadOnlyMemory<byte> body, string? knownManagedPolicyId = null) =>
        Classify(body, knownManagedPolicyId is null ? [] : [knownManagedPolicyId]);

    /// <param name="body">The event's UTF-8 bytes, which the classification keeps: change none of them while it is in use.</param>
    /// <param name="knownManagedPolicyIds">
    /// The managed policies' ids a reconcile has seen; while it holds fewer ids than there are entries, a write to a policy
    /// of unknown type and id may be drift.
    /// </param>
    public EventClassification Classify(ReadOnlyMemory<byte> body, IReadOnlyCollection<string> knownManagedPolicyIds)
    {
        ArgumentNullException.ThrowIfNull(knownManagedPolicyIds);
        if (body.Length > MaxEventBytes)
        {
            return Invalid($"event is {body.Length} bytes, larger than the {MaxEventBytes} bytes EventBridge allows");
        }

        var reading = EventReader.Read(body);
        if (reading.Envelope is not { } envelope)
        {
            return Invalid($"not an EventBridge event: {reading.Problem}");
        }

        // Every EventBridge event says where it comes from; a bare CloudTrail record or any other JSON object does not.
        if (string.IsNullOrEmpty(envelope.Source) || string.IsNullOrEmpty(envelope.DetailType))
        {
            return Invalid("not an EventBridge event: it has no 'source' or no 'detail-type'");
        }

        return ClassifyEnvelope(envelope, reading.DetailProblem, knownManagedPolicyIds);
    }

    private EventClassification ClassifyEnvelope(EventBridgeEvent envelope, string? detailProblem, IReadOnlyCollection<string> knownPolicyIds)
    {
        if (envelope.Source == ScheduleSource && envelope.DetailType == ScheduleDetailType)
        {
            return new EventClassification(EventKind.Scheduled, "scheduled safety-net reconcile", envelope);
        }

        if (envelope.Source == OrganizationsSource && envelope.DetailType == ServiceEventDetailType)
        {
            return ClassifyServiceEvent(envelope, detailProblem);
        }

        if (envelope.Source != OrganizationsSource || envelope.DetailType != CloudTrailDetailType)
        {
            return new EventClassification(
                EventKind.Unrelated, $"source '{envelope.Source}' with detail-type '{envelope.DetailType}' is not handled", envelope);
        }

        if (detailProblem is not null)
        {
            return Invalid($"CloudTrail detail has an unexpected shape: {detailProblem}", envelope);
        }

        return envelope.Detail is { } detail
            ? ClassifyDetail(envelope, detail, knownPolicyIds)
            : Invalid("CloudTrail event without an object 'detail'", envelope);
    }

    private EventClassification ClassifyDetail(EventBridgeEvent envelope, CloudTrailDetail detail, IReadOnlyCollection<string> knownPolicyIds)
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

        var drift = _policyMatcher.DriftReason(detail, knownPolicyIds);
        return drift is not null
            ? new EventClassification(EventKind.DriftSignal, drift, envelope, detail)
            : new EventClassification(EventKind.Unrelated, $"{detail.EventName} does not touch a managed backup policy", envelope, detail);
    }

    /// <summary>
    /// AWS Organizations User Guide, "Understanding AWS Organizations log file entries": EffectivePolicyValidation names
    /// the account in serviceEventDetails.accountId, its policyType, and its state (INVALID, or VALID when fixed).
    /// </summary>
    private static EventClassification ClassifyServiceEvent(EventBridgeEvent envelope, string? detailProblem)
    {
        if (detailProblem is not null)
        {
            return Invalid($"CloudTrail detail has an unexpected shape: {detailProblem}", envelope);
        }

        if (envelope.Detail is not { } detail)
        {
            return Invalid("CloudTrail event without an object 'detail'", envelope);
        }

        if (detail.EventSource != OrganizationsEventSource || detail.EventName != EffectivePolicyValidationEvent)
        {
            return new EventClassification(
                EventKind.Unrelated, $"service event {detail.EventName} from '{detail.EventSource}' is not handled", envelope, detail);
        }

        var details = detail.ServiceEventDetails;
        if (details?.PolicyType != PolicyTypes.BackupPolicy)
        {
            return new EventClassification(
                EventKind.Unrelated, $"{detail.EventName} of policy type '{details?.PolicyType}' is not about backup policies", envelope, detail);
        }

        if (!OrganizationIds.IsAccountId(details.AccountId))
        {
            return Invalid($"{detail.EventName} without an account id in serviceEventDetails.accountId", envelope, detail);
        }

        var state = details.State == "VALID" ? "valid again" : details.State == "INVALID" ? "invalid" : $"in state '{details.State}'";
        return new EventClassification(
            EventKind.CoverageSignal, $"Organizations finds the effective backup policy of account {details.AccountId} {state}", envelope, detail);
    }

    private static EventClassification Invalid(string reason, EventBridgeEvent? envelope = null, CloudTrailDetail? detail = null) =>
        new(EventKind.Invalid, reason, envelope, detail);
}
