using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Pipeline;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Coverage;

/// <summary>
/// The coverage check on the schedule, never on an error or drift event: it reads the whole tree, so it runs at most
/// once an hour and only within <see cref="Share"/> of the time the invocation has left. It only reports; a failure
/// here never fails the reconcile that preceded it.
/// </summary>
internal sealed class ScheduledCoverage(IOrganizationsPort organizations, double share, IHealerReport report, TimeProvider time)
{
    /// <summary>The budget when the invocation has no deadline (a test, a local run).</summary>
    public static readonly TimeSpan NoDeadlineWindow = TimeSpan.FromMinutes(1);

    public double Share => share;

    public async Task RunAsync(PolicySet set, DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        if (share <= 0)
        {
            return;
        }

        var left = deadline is { } end ? end - time.GetUtcNow() : NoDeadlineWindow;
        var budget = TimeSpan.FromTicks((long)(Math.Max(0, left.Ticks) * share));
        CoverageReport result;
        try
        {
            result = await new CoverageCheck(organizations, time, new CoverageOptions { Budget = budget }).RunAsync(set, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (ReconcileFailures.IsExpected(e))
        {
            report.CoverageFailed(OperatorGuidance.Diagnose("The coverage check", e));
            return;
        }

        report.CoverageChecked(result);
    }
}
