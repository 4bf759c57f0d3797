using System.Diagnostics;

namespace OrgBackupHealer.Core.Incidents;

/// <summary>The names an incident kind is published under: the event's detail-type and the detail's <c>kind</c>.</summary>
public static class IncidentKinds
{
    /// <summary>The <c>source</c> of every incident event; no AWS service uses it, so no rule on aws.* sources matches it.</summary>
    public const string Source = "org-backup-healer";

    public static IReadOnlyList<IncidentKind> All { get; } = Enum.GetValues<IncidentKind>();

    /// <summary>The event's detail-type: a sentence a person reads in a notification.</summary>
    public static string DetailType(IncidentKind kind) => kind switch
    {
        IncidentKind.PolicyRepaired => "Backup policy repaired",
        IncidentKind.DriftReported => "Backup policy drift reported",
        IncidentKind.ProposalOpened => "Backup policy repair awaiting approval",
        IncidentKind.ProposalApplied => "Backup policy repair approved and applied",
        IncidentKind.ProposalRejected => "Backup policy repair rejected",
        IncidentKind.ProposalExpired => "Backup policy repair proposal expired",
        IncidentKind.TargetUnreachable => "Backup policy target unreachable",
        IncidentKind.OwnershipConflict => "Backup policy ownership conflict",
        IncidentKind.FlapGuardTripped => "Backup policy healer flap guard tripped",
        IncidentKind.CoverageGap => "Backup policy coverage gap",
        IncidentKind.CoverageIncomplete => "Backup policy coverage check incomplete",
        _ => throw new UnreachableException(),
    };

    /// <summary>The detail's <c>kind</c>: kebab case, for rules that match on it (<c>"detail": {"kind": ["policy-repaired"]}</c>).</summary>
    public static string Name(IncidentKind kind) => kind switch
    {
        IncidentKind.PolicyRepaired => "policy-repaired",
        IncidentKind.DriftReported => "drift-reported",
        IncidentKind.ProposalOpened => "proposal-opened",
        IncidentKind.ProposalApplied => "proposal-applied",
        IncidentKind.ProposalRejected => "proposal-rejected",
        IncidentKind.ProposalExpired => "proposal-expired",
        IncidentKind.TargetUnreachable => "target-unreachable",
        IncidentKind.OwnershipConflict => "ownership-conflict",
        IncidentKind.FlapGuardTripped => "flap-guard-tripped",
        IncidentKind.CoverageGap => "coverage-gap",
        IncidentKind.CoverageIncomplete => "coverage-incomplete",
        _ => throw new UnreachableException(),
    };
}
