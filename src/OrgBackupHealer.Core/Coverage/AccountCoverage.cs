namespace OrgBackupHealer.Core.Coverage;

/// <summary>
/// Whether the baseline plan is what one account actually gets. <see cref="OuPath"/> is the names from the root down
/// (e.g. "Root/Workloads/Production"); <see cref="Overrides"/> say which policy changes which key of the baseline;
/// <see cref="ValidationErrors"/> are what Organizations reports when the account's effective policy is invalid;
/// <see cref="BlockedOverrides"/> are child policies that tried to change the baseline and were refused by its lock.
/// </summary>
public sealed record AccountCoverage(
    string AccountId,
    string AccountName,
    string OuPath,
    IReadOnlyList<BaselineOverride> Overrides,
    IReadOnlyList<string> ValidationErrors,
    bool EffectivePolicyInvalid,
    IReadOnlyList<string> BlockedOverrides)
{
    /// <summary>The baseline is in effect: attached above the account, no key overridden, and Organizations finds the effective policy valid.</summary>
    public bool InEffect => Overrides.Count == 0 && !EffectivePolicyInvalid;

    /// <summary>The keys of the set's entries whose targets reach the account (its tiers).</summary>
    public IReadOnlyList<string> Policies { get; init; } = [];

    /// <summary>The exemptions of those entries that name the account or an OU above it, expired ones included.</summary>
    public IReadOnlyList<AccountExemption> Exemptions { get; init; } = [];

    /// <summary>An exemption in force excuses the account from at least one entry's plans.</summary>
    public bool Exempt => Exemptions.Any(x => x.State != Desired.ExemptionState.Expired);
}

/// <summary>One entry's exemption as it applies to an account: who granted it, why, until when, and whether it is still in force.</summary>
public sealed record AccountExemption(string Policy, string Target, string Owner, string Reason, DateOnly Expires, Desired.ExemptionState State);
