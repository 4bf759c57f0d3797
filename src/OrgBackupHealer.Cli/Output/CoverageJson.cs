using OrgBackupHealer.Core.Coverage;

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
            report.Unfinished);
    }

    private static AccountCoverageReport Account(AccountCoverage account) => new(
        account.AccountId,
        account.AccountName,
        account.OuPath,
        account.InEffect,
        [.. account.Overrides.Select(o => new OverrideReport(o.Path, o.Change, o.By))],
        account.BlockedOverrides,
        account.ValidationErrors,
        account.EffectivePolicyInvalid);
}
