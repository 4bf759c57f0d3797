using System.Text.Json.Serialization;

namespace OrgBackupHealer.Cli.Output;

/// <summary>
/// What validate prints with --output json: the answer to each question asked (<see cref="Accepted"/>, and
/// <see cref="Complete"/> unless --partial), every error with its JSON path and the question it answers, and the
/// warnings.
/// </summary>
internal sealed record ValidationReport(
    string Status,
    int ExitCode,
    string File,
    bool Valid,
    string Scope,
    bool Accepted,
    bool? Complete,
    IReadOnlyList<ValidationErrorReport> Errors,
    IReadOnlyList<FindingReport> Warnings)
{
    [JsonPropertyOrder(-2)]
    public int SchemaVersion { get; init; } = JsonReport.SchemaVersion;

    [JsonPropertyOrder(-1)]
    public string Command { get; init; } = "validate";
}

/// <summary>One validation warning.</summary>
internal sealed record FindingReport(string Path, string Message);
