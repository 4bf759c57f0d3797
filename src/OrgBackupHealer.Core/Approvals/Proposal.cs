using System.Security.Cryptography;
using System.Text;

namespace OrgBackupHealer.Core.Approvals;

/// <summary>
/// A repair an approve-mode entry asks a person to approve: the plan (<see cref="Actions"/>, <see cref="Diff"/>), the
/// <see cref="ObservationHash"/> of the state it was planned from (it is applied only while the organization still
/// hashes to it), the snapshot a rollback starts from, who caused the drift when known, and when it expires. One open
/// proposal per entry.
/// </summary>
public sealed record Proposal(
    string Id,
    string Policy,
    ProposalStatus Status,
    string ObservationHash,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> Diff,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt)
{
    /// <summary>The prefix of every proposal id; the rest is 20 lowercase hex digits.</summary>
    public const string IdPrefix = "prop-";

    /// <summary>The shape of an id, as the runbook's parameter and the function's payload check it.</summary>
    public const string IdPattern = "^prop-[0-9a-f]{20}$";

    public string Owner { get; init; } = "";

    public IReadOnlyList<string> Targets { get; init; } = [];

    public string? Snapshot { get; init; }

    public string? DriftActor { get; init; }

    /// <summary>What observed the drift: an event id, "schedule", "cli".</summary>
    public string Trigger { get; init; } = "";

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Who approved or rejected it ("healer" when it expired or was superseded).</summary>
    public string? ClosedBy { get; init; }

    /// <summary>The proposal that replaced this one.</summary>
    public string? SupersededBy { get; init; }

    public bool IsOpen => Status == ProposalStatus.Open;

    public bool ExpiredAt(DateTimeOffset now) => ExpiresAt <= now;

    public Proposal Close(ProposalStatus status, DateTimeOffset at, string by) => this with { Status = status, ClosedAt = at, ClosedBy = by };

    /// <summary>True for a string of the id's shape; anything else is refused before the store is asked.</summary>
    public static bool IsWellFormedId(string? id) =>
        id is { Length: 25 } && id.StartsWith(IdPrefix, StringComparison.Ordinal) && id[IdPrefix.Length..].All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    /// <summary>An id derived from what the proposal is about and when it was made: unique per entry, observation and moment.</summary>
    public static string NewId(string owner, string policy, string observationHash, DateTimeOffset at)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{owner}\n{policy}\n{observationHash}\n{at.ToUnixTimeMilliseconds()}"));
        return IdPrefix + Convert.ToHexStringLower(digest)[..20];
    }
}
