using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Incidents;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Pipeline;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Coverage;

/// <summary>
/// The coverage check on the schedule, never on an error or drift event: it walks the organization, so it runs at most
/// once an hour and only within <see cref="Share"/> of the time the invocation has left. An EffectivePolicyValidation
/// event checks the one account it names at once (<see cref="RunForAccountAsync"/>), reported the same way. It resumes where the last
/// scheduled check stopped (<see cref="CoverageProgress"/>), so in an organization too large for one check every
/// account is still judged within one cycle of checks. It only reports; a failure here never fails the reconcile that
/// preceded it.
/// </summary>
internal sealed class ScheduledCoverage(IOrganizationsPort organizations, ICoverageProgressStore progress, double share, IHealerReport reportTo, TimeProvider time)
{
    /// <summary>The budget when the invocation has no deadline (a test, a local run).</summary>
    public static readonly TimeSpan NoDeadlineWindow = TimeSpan.FromMinutes(1);

    public double Share => share;

    /// <returns>The incidents the check found: a coverage gap, a check that stalled or failed.</returns>
    public async Task<IReadOnlyList<Incident>> RunAsync(PolicySet set, DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        if (share <= 0)
        {
            return [];
        }

        var budget = Budget(deadline);
        var before = await ReadProgressAsync(cancellationToken).ConfigureAwait(false);
        CoverageReport result;
        try
        {
            result = await new CoverageCheck(organizations, time, new CoverageOptions { Budget = budget }).RunAsync(set, before.Resume, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (ReconcileFailures.IsExpected(e))
        {
            var diagnosis = OperatorGuidance.Diagnose("The coverage check", e);
            reportTo.CoverageFailed(diagnosis);
            return [IncidentFactory.Incomplete(CoverageIncomplete.Failed, $"The coverage check failed: {diagnosis.Message}")];
        }

        var after = before.After(result);
        await StateStoreWrites.RecordAsync(() => progress.WriteAsync(after, CancellationToken.None), "saving where the coverage check stopped", reportTo).ConfigureAwait(false);
        var outcome = new CoverageOutcome(result, after);
        reportTo.CoverageChecked(outcome);
        return IncidentFactory.FromCoverage(outcome);
    }

    /// <summary>
    /// The account an EffectivePolicyValidation event named, judged now within the same share of the invocation's time;
    /// the walk's progress is neither read nor moved. A failure propagates: the event is retried, not lost.
    /// </summary>
    public async Task<CoverageOutcome> RunForAccountAsync(PolicySet set, string accountId, DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        var report = await new CoverageCheck(organizations, time, new CoverageOptions { Budget = Budget(deadline) })
            .RunForAccountAsync(set, accountId, cancellationToken).ConfigureAwait(false);
        var outcome = new CoverageOutcome(report, CoverageProgress.Start);
        reportTo.CoverageChecked(outcome);
        return outcome;
    }

    private TimeSpan Budget(DateTimeOffset? deadline)
    {
        var left = deadline is { } end ? end - time.GetUtcNow() : NoDeadlineWindow;
        return TimeSpan.FromTicks((long)(Math.Max(0, left.Ticks) * share));
    }

    /// <summary>A progress that cannot be read starts a cycle at the root: reported, never a reason to skip the check.</summary>
    private async Task<CoverageProgress> ReadProgressAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await progress.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            reportTo.StateStoreFailed("reading where the coverage check stopped", e);
            return CoverageProgress.Start;
        }
    }
}
