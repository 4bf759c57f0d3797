namespace OrgBackupHealer.Core.Coverage;

/// <summary>
/// A scheduled check and what its metrics may say: only what the accounts it judged (or the organization-wide lists it
/// read) support, never a zero for accounts it did not reach.
/// </summary>
public sealed record CoverageOutcome(CoverageReport Report, CoverageProgress Progress)
{
    /// <summary>Accounts without their plans in effect, for this cycle (<see cref="CoverageProgress.OverriddenToReport"/>); null: nothing to say.</summary>
    /// <remarks>A check of one account says nothing about the cycle's count.</remarks>
    public int? BaselineOverridden => Report.Account is null ? CoverageProgress.OverriddenToReport(Report, Progress) : null;

    /// <summary>Accounts Organizations reports with an invalid effective policy; null when its list was not read.</summary>
    public int? EffectivePolicyInvalid => Report.InvalidAccountsListed ? Report.InvalidAccounts : null;

    /// <summary>
    /// Null when the walk reached the end. <see cref="CoverageIncomplete.Budget"/>: the budget ran out after the check
    /// made progress (the next one resumes); <see cref="CoverageIncomplete.NoProgress"/>: it ran out before the check
    /// finished a single parent, so the next one starts where this one did.
    /// A check of one account is not part of the walk: never incomplete here (its log says what it could not read).
    /// </summary>
    public string? Incomplete => Report.Walk.Finished || Report.Account is not null ? null
        : Report.Walk.ParentsDone > 0 ? CoverageIncomplete.Budget
        : CoverageIncomplete.NoProgress;
}

/// <summary>Why a coverage check did not reach the end of its walk: the Reason of the CoverageIncomplete metric.</summary>
public static class CoverageIncomplete
{
    /// <summary>Cut short by its budget after it judged part of the organization; the next check resumes after that part.</summary>
    public const string Budget = "Budget";

    /// <summary>Cut short before it finished one parent: it made no progress.</summary>
    public const string NoProgress = "NoProgress";

    /// <summary>It failed (throttled past its retries, denied, ...).</summary>
    public const string Failed = "Failed";

    /// <summary>The alarm's series: checks that made no progress at all.</summary>
    public static bool Stalled(string reason) => reason is NoProgress or Failed;
}
