namespace OrgBackupHealer.Core.Incidents;

/// <summary>
/// Everything the healer tells people about, each published once as an EventBridge event whose <c>detail-type</c> is
/// <see cref="IncidentKinds.DetailType"/> (docs/incident-events.md).
/// </summary>
public enum IncidentKind
{
    PolicyRepaired,
    DriftReported,
    ProposalOpened,
    ProposalApplied,
    ProposalRejected,
    ProposalExpired,
    TargetUnreachable,
    OwnershipConflict,
    FlapGuardTripped,
    CoverageGap,
    CoverageIncomplete,
}
