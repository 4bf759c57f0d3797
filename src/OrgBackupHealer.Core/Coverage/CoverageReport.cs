namespace OrgBackupHealer.Core.Coverage;

/// <summary>
/// The outcome of one coverage check: every account under the desired targets that was evaluated, the accounts
/// Organizations reports with an invalid effective backup policy, the calls it cost, what it could not finish, and how
/// far its walk of the organization got (<see cref="Walk"/>).
/// </summary>
public sealed record CoverageReport(
    IReadOnlyList<AccountCoverage> Accounts,
    int InvalidAccountsReported,
    int OrganizationsCalls,
    IReadOnlyList<string> Unfinished)
{
    public int OverriddenAccounts => Accounts.Count(a => a.Overrides.Count > 0);

    public int InvalidAccounts => Math.Max(InvalidAccountsReported, Accounts.Count(a => a.EffectivePolicyInvalid));

    /// <summary>The organization-wide list of accounts with an invalid effective policy was read: <see cref="InvalidAccounts"/> speaks for every account.</summary>
    public bool InvalidAccountsListed { get; init; }

    /// <summary>The one account a check triggered by its EffectivePolicyValidation event judged; null for a walk of the organization.</summary>
    public string? Account { get; init; }

    public CoverageWalk Walk { get; init; } = new(true, true, [], 0, 0, 0);

    public bool Complete => Unfinished.Count == 0;

    /// <summary>True when every evaluated account has the baseline in effect and the check finished.</summary>
    public bool AllCovered => Complete && Accounts.All(a => a.InEffect) && InvalidAccounts == 0;
}

/// <summary>
/// How far a check walked: whether it started a cycle at the root, whether it reached the end, where the next check
/// resumes, the parents (root and OUs) it finished, and the accounts (and overridden ones among them) of the parents it finished, which add up over a cycle.
/// </summary>
public sealed record CoverageWalk(bool StartedAtRoot, bool Finished, IReadOnlyList<CoverageStep> Next, int ParentsDone, int CountedAccounts, int CountedOverridden)
{
    /// <summary>The place to resume from no longer existed, so the walk began a new cycle at the root.</summary>
    public bool ResumeLost { get; init; }
}
