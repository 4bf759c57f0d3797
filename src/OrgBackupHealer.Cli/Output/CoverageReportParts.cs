using System.Text.Json.Serialization;

namespace OrgBackupHealer.Cli.Output;

/// <summary>
/// One account under the targets. <see cref="InEffect"/>: no key of the baseline plan overridden or missing, and
/// Organizations finds the effective policy valid. <see cref="BlockedOverrides"/> are changes the baseline's lock refused
/// (information: the account keeps the baseline).
/// </summary>
internal sealed record AccountCoverageReport(
    string AccountId,
    string Name,
    string OuPath,
    bool InEffect,
    IReadOnlyList<OverrideReport> Overrides,
    IReadOnlyList<string> BlockedOverrides,
    IReadOnlyList<string> ValidationErrors,
    bool EffectivePolicyInvalid);

/// <summary>
/// A key of the baseline plan the account does not get as the baseline sets it. <see cref="Change"/>: Changed, Removed,
/// Extended or Added; <see cref="By"/>: "name (p-…) at ou-…", null when no policy on the account's path sets the key.
/// </summary>
internal sealed record OverrideReport(
    string Path,
    string Change,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? By);

/// <summary>The counts behind the exit code, the calls the check cost, and what it could not finish within its budget.</summary>
internal sealed record CoverageSummaryReport(
    int Accounts,
    int InEffect,
    int Overridden,
    int Invalid,
    int OrganizationsCalls,
    bool Complete,
    IReadOnlyList<string> Unfinished);

/// <summary>The coverage metrics as the Lambda's scheduled check emits them.</summary>
internal sealed record CoverageMetricsReport(
    string Namespace,
    string Service,
    int BaselineOverridden,
    int EffectivePolicyInvalid,
    int CoverageIncomplete);
