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
    public bool RunsReconcile => Kind is EventKind.ErrorSignal or EventKind.DriftSignal or EventKind.Scheduled;

    /// <summary>The EventsIgnored metric's Reason dimension (spec §4), or null when the event reconciles.</summary>
    public string? IgnoredReason => Kind switch
    {
        EventKind.SelfGenerated => "self",
        EventKind.Unrelated => "unrelated",
        EventKind.Invalid => "invalid",
        _ => null,
    };

    public string? EventId => Detail?.EventId ?? Event?.Id;

    public string? EventName => Detail?.EventName ?? Event?.DetailType;

    public string? ErrorCode => Detail?.ErrorCode;

    public string? Principal =>
        Detail?.UserIdentity?.Arn ?? Detail?.UserIdentity?.SessionContext?.SessionIssuer?.Arn ?? Detail?.UserIdentity?.PrincipalId;
}
