using System.Text.Json.Serialization;

namespace OrgBackupHealer.Cli.Output;

/// <summary>
/// What <c>state show</c> and <c>state reset-flap-guard</c> print with --output json once the table was read: what the
/// healer remembers (docs/cli-json.md, "state"). Times are UTC. An error before the table was read gives the
/// <see cref="CommandReport"/> instead.
/// </summary>
internal sealed record StateDocument(
    string Command,
    string Status,
    int ExitCode,
    string Table,
    string Endpoint,
    IReadOnlyList<DateTimeOffset> HealingRuns,
    int MaxHealingRunsPerHour,
    bool FlapGuardTripped,
    IReadOnlyList<StateActorReport> Actors,
    int EventClaims)
{
    [JsonPropertyOrder(-1)]
    public int SchemaVersion { get; init; } = JsonReport.SchemaVersion;

    public DateTimeOffset? LastSettledAt { get; init; }

    public DateTimeOffset? WritingResumesAt { get; init; }

    public string? Unreadable { get; init; }

    public int? HealingRunsCleared { get; init; }

    public ErrorReport? Error { get; init; }
}

/// <summary>A principal seen changing a managed policy in the flap window (from the drift events), as the flap guard's log line names it.</summary>
internal sealed record StateActorReport(string Principal, string EventName, DateTimeOffset At);
