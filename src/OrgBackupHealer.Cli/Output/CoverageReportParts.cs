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
    bool EffectivePolicyInvalid)
{
    /// <summary>The keys of the set's entries whose targets reach the account.</summary>
    public IReadOnlyList<string> Policies { get; init; } = [];

    /// <summary>True when an exemption in force excuses the account from an entry's plans (it is not counted as a gap).</summary>
    public bool Exempt { get; init; }

    public IReadOnlyList<ExemptionReport> Exemptions { get; init; } = [];
}

/// <summary>One entry's exemption for the account: state is active, expiring (within 14 days) or expired (a gap again).</summary>
internal sealed record ExemptionReport(string Policy, string Target, string Owner, string Reason, string Expires, string State);

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
    IReadOnlyList<string> Unfinished)
{
    /// <summary>Accounts an exemption in force excuses from at least one entry.</summary>
    public int Exempt { get; init; }

    /// <summary>Accounts with an exemption that ends within 14 days.</summary>
    public int ExemptionsExpiring { get; init; }

    /// <summary>Accounts with an exemption that has ended.</summary>
    public int ExemptionsExpired { get; init; }
}

/// <summary>The coverage metrics as the Lambda's scheduled check emits them.</summary>
internal sealed record CoverageMetricsReport(
    string Namespace,
    string Service,
    int BaselineOverridden,
    int EffectivePolicyInvalid,
    int CoverageIncomplete);
