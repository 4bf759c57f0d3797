using System.Text.Json.Serialization;

namespace OrgBackupHealer.Cli.Output;

/// <summary>
/// What coverage prints with --output json once it has checked the organization: every account under the targets,
/// whether the baseline is in effect there and why not. An error or a wrong command line prints a
/// <see cref="CommandReport"/> instead (status failed or usageError), as every command does. docs/cli-json.md
/// documents every field; a test keeps the two in step.
/// </summary>
internal sealed record CoverageDocument(
    string Status,
    int ExitCode,
    OrganizationReport Organization,
    PolicyReport Policy,
    IReadOnlyList<AccountCoverageReport> Accounts,
    IReadOnlyList<UnknownTargetReport> UnknownTargets,
    CoverageSummaryReport Summary,
    CoverageMetricsReport Metrics)
{
    public const string CommandName = "coverage";

    [JsonPropertyOrder(-2)]
    public int SchemaVersion { get; init; } = JsonReport.SchemaVersion;

    [JsonPropertyOrder(-1)]
    public string Command { get; init; } = CommandName;
}
