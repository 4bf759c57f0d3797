namespace OrgBackupHealer.Core.Incidents;

/// <summary>
/// One thing a person should hear about, with what they need to act on it: the entry (<see cref="Policy"/>, null for
/// the whole deployment), the targets concerned, what changed in the organization, who changed it when known, what
/// the healer fixed, and the snapshot a rollback starts from. Published once (docs/incident-events.md).
/// </summary>
public sealed record Incident(IncidentKind Kind, string Summary)
{
    public string? Policy { get; init; }

    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>What was found different from the desired state (planned actions and the content diff).</summary>
    public IReadOnlyList<string> Changes { get; init; } = [];

    /// <summary>The principal whose call caused the drift, when an event named one.</summary>
    public string? DriftActor { get; init; }

    /// <summary>The writes the healer made.</summary>
    public IReadOnlyList<string> Fixes { get; init; } = [];

    public string? Snapshot { get; init; }

    public string? ProposalId { get; init; }

    public DateTimeOffset? ProposalExpiresAt { get; init; }

    /// <summary>A machine-readable reason (a failure reason, an unreachable reason, why a coverage check stopped).</summary>
    public string? Reason { get; init; }

    /// <summary>Who approved or rejected a proposal.</summary>
    public string? DecidedBy { get; init; }
}
