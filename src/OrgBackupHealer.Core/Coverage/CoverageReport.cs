namespace OrgBackupHealer.Core.Coverage;

/// <summary>
/// The outcome of one coverage check: every account under the desired targets that was evaluated, the accounts
/// Organizations reports with an invalid effective backup policy, the calls it cost, and what it could not finish.
/// </summary>
public sealed record CoverageReport(
    IReadOnlyList<AccountCoverage> Accounts,
    int InvalidAccountsReported,
    int OrganizationsCalls,
    IReadOnlyList<string> Unfinished)
{
    public int OverriddenAccounts => Accounts.Count(a => a.Overrides.Count > 0);

    public int InvalidAccounts => Math.Max(InvalidAccountsReported, Accounts.Count(a => a.EffectivePolicyInvalid));

    public bool Complete => Unfinished.Count == 0;

    /// <summary>True when every evaluated account has the baseline in effect and the check finished.</summary>
    public bool AllCovered => Complete && Accounts.All(a => a.InEffect) && InvalidAccounts == 0;
}
