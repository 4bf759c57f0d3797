using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Inheritance;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Coverage;

/// <summary>
/// "Attached" is not yet "in effect": for every account under the desired targets, computes the effective backup
/// policy from the backup policies on its path (<see cref="EffectivePolicyCalculator"/>) and finds the keys of the
/// baseline plan another policy overrides or removes; and lists the accounts Organizations itself reports with an
/// invalid effective backup policy, with their validation errors (capped per run). Report only: it never writes.
/// The walk is depth first in id order and resumable (<see cref="OrganizationWalk"/>), so a check cut short by its budget
/// is continued by the next one (<see cref="CoverageProgress"/>).
/// Cost: one ListRoots, two listings per parent (plus one per ancestor of the place it resumes from), ListPolicies and one ListTargetsForPolicy per backup policy, one
/// DescribePolicy per backup policy attached in the tree (each read once per run, however many accounts share it),
/// ListAccountsWithInvalidEffectivePolicy and at most <see cref="CoverageOptions.MaxValidationErrorReads"/>
/// ListEffectivePolicyValidationErrors; accounts with the same policies on their path share one computation.
/// </summary>
public sealed class CoverageCheck(IOrganizationsPort organizations, TimeProvider time, CoverageOptions options)
{
    /// <summary>A whole check from the root (the CLI, the demo).</summary>
    public Task<CoverageReport> RunAsync(PolicySet set, CancellationToken cancellationToken) => RunAsync(set, [], cancellationToken);

    /// <param name="resume">Where the walk resumes (<see cref="CoverageProgress.Resume"/>); empty starts at the root.</param>
    public Task<CoverageReport> RunAsync(PolicySet set, IReadOnlyList<CoverageStep> resume, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resume);
        return RunAsync(set, (run, ct) => run.ReadAsync(resume, ct), cancellationToken);
    }

    /// <summary>
    /// One account, judged as the walk would judge it (<see cref="CoverageReport.Account"/>). Cost: ListRoots, one ListParents
    /// per level above the account, then, if an entry's targets reach it, ListPolicies, one ListTargetsForPolicy per backup
    /// policy, one DescribePolicy per policy on its path, ListAccountsWithInvalidEffectivePolicy, and its validation errors
    /// when it is invalid.
    /// </summary>
    public Task<CoverageReport> RunForAccountAsync(PolicySet set, string accountId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        return RunAsync(set, (run, ct) => run.ReadAccountAsync(accountId, ct), cancellationToken);
    }

    private async Task<CoverageReport> RunAsync(PolicySet set, Func<CoverageRun, CancellationToken, Task> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        using var budget = new CancellationTokenSource(options.Budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var run = new CoverageRun(organizations, set, options, time.GetUtcNow());
        try
        {
            await read(run, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            run.BudgetRanOut(options.Budget);
        }

        return run.Report();
    }
}

public sealed record CoverageOptions
{
    /// <summary>
    /// How long the check may take; the host gives it a share of its deadline. What the check could not read within
    /// it is reported in <see cref="CoverageReport.Unfinished"/>, never silently skipped.
    /// </summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>At most this many invalid accounts get their validation errors read per run (one call each).</summary>
    public int MaxValidationErrorReads { get; init; } = 10;
}
