using System.Text.Json.Serialization;

namespace OrgBackupHealer.Cli.Output;

/// <summary>What validate prints with --output json: every error and warning with its JSON path.</summary>
internal sealed record ValidationReport(string Status, int ExitCode, string File, bool Valid, IReadOnlyList<FindingReport> Errors, IReadOnlyList<FindingReport> Warnings)
{
    [JsonPropertyOrder(-2)]
    public int SchemaVersion { get; init; } = JsonReport.SchemaVersion;

    [JsonPropertyOrder(-1)]
    public string Command { get; init; } = "validate";
}

/// <summary>One validation error or warning.</summary>
internal sealed record FindingReport(string Path, string Message);
