using System.Text.Json.Serialization;
using OrgBackupHealer.Core.Approvals;

namespace OrgBackupHealer.Cli.Output;

/// <summary>
/// What <c>proposals</c>, <c>approve</c> and <c>reject</c> print with --output json (docs/cli-json.md, "proposals"):
/// the open proposals, or the one named and what became of it. Times are UTC.
/// </summary>
internal sealed record ProposalsDocument(string Command, string Status, int ExitCode, string Table)
{
    [JsonPropertyOrder(-1)]
    public int SchemaVersion { get; init; } = JsonReport.SchemaVersion;

    /// <summary>proposals: every open proposal, oldest first.</summary>
    public IReadOnlyList<ProposalReport>? Proposals { get; init; }

    /// <summary>approve, reject: the proposal named, as it is after the command.</summary>
    public ProposalReport? Proposal { get; init; }

    /// <summary>approve: the fresh proposal recorded instead of writing (status replanned).</summary>
    public ProposalReport? NewProposal { get; init; }

    /// <summary>approve: the writes made (status applied).</summary>
    public IReadOnlyList<ActionReport>? Actions { get; init; }

    public string? Snapshot { get; init; }

    public string? Message { get; init; }

    public ErrorReport? Error { get; init; }
}

/// <summary>One proposal: the entry it is for, its plan and content diff, the observation it was planned from, its life.</summary>
internal sealed record ProposalReport(
    string Id,
    string Policy,
    string Status,
    string Owner,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> Diff,
    string ObservationHash,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    bool Expired,
    string Trigger)
{
    public string? Snapshot { get; init; }

    public string? DriftActor { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public string? ClosedBy { get; init; }

    public string? SupersededBy { get; init; }

    public static ProposalReport Of(Proposal p, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.Policy, p.Status.ToString().ToLowerInvariant(), p.Owner, p.Targets, p.Actions, p.Diff, p.ObservationHash, p.CreatedAt, p.ExpiresAt, p.IsOpen && p.ExpiredAt(now), p.Trigger)
        {
            Snapshot = p.Snapshot,
            DriftActor = p.DriftActor,
            ClosedAt = p.ClosedAt,
            ClosedBy = p.ClosedBy,
            SupersededBy = p.SupersededBy,
        };
    }
}
