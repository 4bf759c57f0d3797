using System.Text.Json.Serialization;

namespace OrgBackupHealer.Cli.Output;

/// <summary>
/// The one JSON document plan, heal and restore print on stdout with --output json, whatever happens (usage errors
/// included). docs/cli-json.md documents every field; a test keeps the two in step. Fields that describe the
/// organization are present once it was read; <see cref="Error"/> only when the command stopped short.
/// </summary>
internal sealed record CommandReport(string Command, string Status, int ExitCode)
{
    [JsonPropertyOrder(-1)]
    public int SchemaVersion { get; init; } = JsonReport.SchemaVersion;

    public bool? Healthy { get; init; }

    public OrganizationReport? Organization { get; init; }

    /// <summary>The first (with one entry, the only) entry's policy; <see cref="Policies"/> has every entry.</summary>
    public PolicyReport? Policy { get; init; }

    public IReadOnlyList<EntryReport>? Policies { get; init; }

    public IReadOnlyList<ActionReport>? Actions { get; init; }

    public IReadOnlyList<UnknownTargetReport>? UnknownTargets { get; init; }

    public string? Snapshot { get; init; }

    public MetricsReport? Metrics { get; init; }

    public IReadOnlyList<string>? Notes { get; init; }

    public ErrorReport? Error { get; init; }
}
