using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Events;

/// <summary>
/// What an incoming event is and why. <see cref="Reason"/> is a sentence for the log; <see cref="Detail"/> is
/// null for scheduled and invalid events; <see cref="Triage"/> is set for error signals only.
/// </summary>
public sealed record EventClassification(
    EventKind Kind,
    string Reason,
    EventBridgeEvent? Event = null,
    CloudTrailDetail? Detail = null,
    TriageCategory? Triage = null)
{
    public bool RunsReconcile => Trigger is not null;

    /// <summary>
    /// What the gate needs to know about a reconciling event, or null when the event is ignored. The one place
    /// where <see cref="EventKind"/> meets <see cref="ReconcileTrigger"/>.
    /// </summary>
    public ReconcileTrigger? Trigger => Kind switch
    {
        EventKind.ErrorSignal => ReconcileTrigger.ErrorSignal,
        EventKind.DriftSignal => ReconcileTrigger.DriftSignal,
        EventKind.Scheduled => ReconcileTrigger.Scheduled,
        _ => null,
    };

    /// <summary>The EventsIgnored metric's Reason dimension (README, "Metrics, alarms and runbook"), or null when the event reconciles or checks coverage.</summary>
    public IgnoreReason? IgnoredReason => Kind switch
    {
        EventKind.SelfGenerated => IgnoreReason.Self,
        EventKind.Unrelated => IgnoreReason.Unrelated,
        EventKind.Invalid => IgnoreReason.Invalid,
        _ => null,
    };

    /// <summary>The account a coverage signal asks to check; null for every other kind.</summary>
    public string? CoverageAccount => Kind == EventKind.CoverageSignal ? Detail?.ServiceEventDetails?.AccountId : null;

    public string? EventId => Detail?.EventId ?? Event?.Id;

    public string? EventName => Detail?.EventName ?? Event?.DetailType;

    public string? ErrorCode => Detail?.ErrorCode;

    /// <summary>
    /// The account whose CloudTrail recorded the call: the envelope's account, which EventBridge keeps when a member
    /// account's forwarder sends the event on to the central bus, else the detail's recipientAccountId.
    /// </summary>
    public string? SourceAccount => Event?.Account is { Length: > 0 } account ? account : Detail?.RecipientAccountId;

    /// <summary>Who made the call; an AWS service calling on its own behalf has no ARN, only the service it is.</summary>
    public string? Principal =>
        Detail?.UserIdentity?.Arn ?? Detail?.UserIdentity?.SessionContext?.SessionIssuer?.Arn ?? Detail?.UserIdentity?.PrincipalId
            ?? Detail?.UserIdentity?.InvokedBy;
}
