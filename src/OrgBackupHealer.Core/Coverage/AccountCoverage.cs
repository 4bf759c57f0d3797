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
}
