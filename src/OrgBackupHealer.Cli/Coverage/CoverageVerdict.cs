using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Core.Coverage;

namespace OrgBackupHealer.Cli.Coverage;

/// <summary>
/// The status and exit code of a coverage run. Exit 0 needs <see cref="CoverageReport.AllCovered"/>: every account
/// checked has the baseline in effect, no account is reported invalid, and the check finished. A check its budget cut
/// short exits 2 even when it found no gap, because the accounts it did not reach may have one.
/// </summary>
internal sealed record CoverageVerdict(string Status, int ExitCode)
{
    public static CoverageVerdict For(CoverageReport report, int unknownTargets)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (unknownTargets > 0)
        {
            return new(ReportStatus.UnknownTargets, ExitCodes.UnknownTargets);
        }

        if (report.AllCovered)
        {
            return new(ReportStatus.Covered, ExitCodes.Success);
        }

        return report.Accounts.Any(a => !a.InEffect) || report.InvalidAccounts > 0
            ? new(ReportStatus.Gaps, ExitCodes.CoverageGaps)
            : new(ReportStatus.Incomplete, ExitCodes.CoverageGaps);
    }
}
