namespace OrgBackupHealer.Core.Coverage;

/// <summary>
/// Where the coverage checks are in their walk of the organization, kept between scheduled runs so that a check the
/// budget cuts short is continued by the next one instead of started again: every account is judged within one cycle
/// (docs/safety.md, "coverage"). <see cref="Resume"/> is the path from the root down to the next OU (or root) to list;
/// empty starts a cycle at the root. The cycle's findings add up run by run, and the last whole cycle's are kept, so a
/// run that judged a slice never reports the organization as better than the accounts it has not reached yet.
/// </summary>
public sealed record CoverageProgress(
    IReadOnlyList<CoverageStep> Resume,
    int CycleJudged,
    int CycleOverridden,
    int? LastCycleOverridden)
{
    public static CoverageProgress Start { get; } = new([], 0, 0, null);

    /// <summary>The progress after <paramref name="report"/>, a check that started at <see cref="Resume"/>.</summary>
    public CoverageProgress After(CoverageReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var restarted = report.Walk.StartedAtRoot;
        var judged = (restarted ? 0 : CycleJudged) + report.Walk.CountedAccounts;
        var overridden = (restarted ? 0 : CycleOverridden) + report.Walk.CountedOverridden;
        return report.Walk.Finished
            ? new([], 0, 0, overridden)
            : new(report.Walk.Next, judged, overridden, LastCycleOverridden);
    }

    /// <summary>
    /// What BaselineOverridden may say after <paramref name="report"/> moved this progress to <paramref name="next"/>:
    /// a finished cycle's count; in the middle of a cycle, the larger of the last whole cycle's and this cycle's so far
    /// (an account found overridden last cycle is not known to be fixed until the walk reaches it again); nothing when the
    /// check judged no account.
    /// </summary>
    public static int? OverriddenToReport(CoverageReport report, CoverageProgress next)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(next);
        if (report.Walk.Finished)
        {
            return next.LastCycleOverridden;
        }

        return report.Accounts.Count == 0 ? null : Math.Max(next.LastCycleOverridden ?? 0, next.CycleOverridden);
    }
}

/// <summary>One OU on the way down from the root: its id, and its name for the account's OU path.</summary>
public sealed record CoverageStep(string Id, string Name);

/// <summary>Where a coverage check keeps its <see cref="CoverageProgress"/> between runs.</summary>
public interface ICoverageProgressStore
{
    /// <returns><see cref="CoverageProgress.Start"/> when nothing was kept (or what was kept cannot be read).</returns>
    Task<CoverageProgress> ReadAsync(CancellationToken cancellationToken);

    Task WriteAsync(CoverageProgress progress, CancellationToken cancellationToken);
}
