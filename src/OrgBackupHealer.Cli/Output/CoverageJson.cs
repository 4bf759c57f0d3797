using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Desired;

namespace OrgBackupHealer.Cli.Output;

/// <summary>Builds the parts of coverage's --output json document from the check's report.</summary>
internal static class CoverageJson
{
    public static IReadOnlyList<AccountCoverageReport> Accounts(IEnumerable<AccountCoverage> accounts) => [.. accounts.Select(Account)];

    public static CoverageSummaryReport Summary(CoverageReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.Accounts.Count,
            report.Accounts.Count(a => a.InEffect),
            report.OverriddenAccounts,
            report.InvalidAccounts,
            report.OrganizationsCalls,
            report.Complete,
            report.Unfinished)
        {
            Exempt = report.Accounts.Count(a => a.Exempt),
            ExemptionsExpiring = report.Accounts.Count(a => a.Exemptions.Any(x => x.State == ExemptionState.Expiring)),
            ExemptionsExpired = report.Accounts.Count(a => a.Exemptions.Any(x => x.State == ExemptionState.Expired)),
        };
    }

    private static AccountCoverageReport Account(AccountCoverage account) => new(
        account.AccountId,
        account.AccountName,
        account.OuPath,
        account.InEffect,
        [.. account.Overrides.Select(o => new OverrideReport(o.Path, o.Change, o.By))],
        account.BlockedOverrides,
        account.ValidationErrors,
        account.EffectivePolicyInvalid)
    {
        Policies = account.Policies,
        Exempt = account.Exempt,
        Exemptions = [.. account.Exemptions.Select(x => new ExemptionReport(
            x.Policy, x.Target, x.Owner, x.Reason, x.Expires.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StateName(x.State)))],
    };

    public static string StateName(ExemptionState state) => state switch
    {
        ExemptionState.Active => "active",
        ExemptionState.Expiring => "expiring",
        _ => "expired",
    };
}
