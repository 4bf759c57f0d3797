using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Inheritance;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Coverage;

/// <summary>
/// "Attached" is not yet "in effect": for every account under the desired targets, computes the effective backup
/// policy from the backup policies on its path (<see cref="EffectivePolicyCalculator"/>) and finds the keys of the
/// baseline plan another policy overrides or removes; and lists the accounts Organizations itself reports with an
/// invalid effective backup policy, with their validation errors (capped per run). Report only: it never writes.
/// Cost: one ListRoots, two listings per OU parent, ListPolicies and one ListTargetsForPolicy per backup policy, one
/// DescribePolicy per backup policy attached in the tree (each read once per run, however many accounts share it),
/// ListAccountsWithInvalidEffectivePolicy and at most <see cref="CoverageOptions.MaxValidationErrorReads"/>
/// ListEffectivePolicyValidationErrors; accounts with the same policies on their path share one computation.
/// </summary>
public sealed class CoverageCheck(IOrganizationsPort organizations, TimeProvider time, CoverageOptions options)
{
    public async Task<CoverageReport> RunAsync(PolicySet set, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        using var budget = new CancellationTokenSource(options.Budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var run = new CoverageRun(organizations, set, options, time.GetUtcNow());
        try
        {
            await run.ReadAsync(linked.Token).ConfigureAwait(false);
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
