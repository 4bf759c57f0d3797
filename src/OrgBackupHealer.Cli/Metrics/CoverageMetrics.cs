using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Desired;

namespace OrgBackupHealer.Cli.Metrics;

/// <summary>
/// The metrics of one coverage check, the same three the Lambda's scheduled check emits: BaselineOverridden and
/// EffectivePolicyInvalid (accounts) and CoverageIncomplete (1 when the budget cut the check short). The JSON report
/// counts what the check judged; the EMF lines, like the Lambda's, say nothing a check did not measure
/// (<see cref="CoverageOutcome"/>).
/// </summary>
internal static class CoverageMetrics
{
    public static CoverageMetricsReport Report(CoverageReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(HealerDefaults.MetricsNamespace, CliMetrics.Service, report.OverriddenAccounts, report.InvalidAccounts, report.Complete ? 0 : 1);
    }

    /// <summary>--emit-metrics: the EMF lines, in the Lambda's order, after everything a person reads.</summary>
    public static void Emit(CoverageReport report, TextWriter output, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(report);
        CliMetrics.EmfWriter(output, time).CoverageChecked(new CoverageOutcome(report, CoverageProgress.Start.After(report)));
    }
}
