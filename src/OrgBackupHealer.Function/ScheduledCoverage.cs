using System.Globalization;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function;

/// <summary>
/// The coverage check on the schedule, never on an error or drift event: it reads the whole tree, so it runs at most
/// once an hour and only within <c>HEALER_COVERAGE_SHARE</c> of the time the invocation has left. It only reports:
/// BaselineOverridden and EffectivePolicyInvalid (accounts), CoverageIncomplete when the budget cut it short, and a
/// log line per gap (the first <see cref="GapsLogged"/>). A failure here never fails the reconcile that preceded it.
/// </summary>
internal sealed class ScheduledCoverage(IOrganizationsPort organizations, double share, EmfMetrics metrics, JsonLogger logger, TimeProvider time)
{
    public const int GapsLogged = 50;

    public async Task RunAsync(DesiredState desired, long? deadlineUnixMs, CancellationToken deadline)
    {
        if (share <= 0)
        {
            return;
        }

        var left = deadlineUnixMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) - time.GetUtcNow() : TimeSpan.FromMinutes(1);
        var budget = TimeSpan.FromTicks((long)(Math.Max(0, left.Ticks) * share));
        CoverageReport report;
        try
        {
            report = await new CoverageCheck(organizations, time, new CoverageOptions { Budget = budget }).RunAsync(desired, deadline).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OrganizationsException or OperationCanceledException or HttpRequestException)
        {
            metrics.CoverageIncomplete();
            logger.Warning($"coverage check failed: {OperatorGuidance.Explain("The coverage check", e)}");
            return;
        }

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
