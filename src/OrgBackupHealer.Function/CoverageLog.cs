using System.Globalization;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function;

/// <summary>
/// A scheduled coverage check in the log and the metrics: BaselineOverridden and EffectivePolicyInvalid (accounts),
/// CoverageIncomplete when the budget cut it short, a line per gap (the first <see cref="GapsLogged"/>) and a summary.
/// </summary>
internal static class CoverageLog
{
    public const int GapsLogged = 50;

    public static void Report(CoverageReport report, EmfMetrics metrics, JsonLogger logger)
    {
        metrics.BaselineOverridden(report.OverriddenAccounts);
        metrics.EffectivePolicyInvalid(report.InvalidAccounts);
        if (!report.Complete)
        {
            metrics.CoverageIncomplete();
        }

        var gaps = report.Accounts.Where(a => !a.InEffect).ToList();
        foreach (var gap in gaps.Take(GapsLogged))
        {
            logger.Warning($"baseline not in effect for account {gap.AccountId}", Fields(gap));
        }

        logger.Log(
            gaps.Count > 0 || !report.Complete ? LogLevel.Warning : LogLevel.Information,
            $"coverage check: {report.Accounts.Count - gaps.Count} of {report.Accounts.Count} accounts have the baseline in effect",
            LogField.Of("overridden_accounts", report.OverriddenAccounts.ToString(CultureInfo.InvariantCulture)),
            LogField.Of("invalid_accounts", report.InvalidAccounts.ToString(CultureInfo.InvariantCulture)),
            LogField.Of("coverage_calls", report.OrganizationsCalls.ToString(CultureInfo.InvariantCulture)),
            LogField.List("unfinished", report.Unfinished));
    }

    private static LogField[] Fields(AccountCoverage gap) =>
    [
        LogField.Of("account_id", gap.AccountId),
        LogField.Of("ou_path", gap.OuPath),
        LogField.List("overrides", gap.Overrides.Select(o => o.ToString()).ToList()),
        LogField.List("validation_errors", gap.ValidationErrors),
    ];
}
