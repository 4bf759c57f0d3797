using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Desired;

namespace OrgBackupHealer.Cli.Output;

/// <summary>The human-readable report of coverage: one row per account, the reasons below it, the counts, what to do.</summary>
internal static class CoverageTable
{
    /// <summary>An account with the baseline missing altogether can have dozens of reasons; the table shows this many (JSON has them all).</summary>
    private const int MaxReasonsShown = 5;

    public static void Accounts(TextWriter output, IReadOnlyList<AccountCoverage> accounts)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(accounts);
        if (accounts.Count == 0)
        {
            output.WriteLine("No account was checked: none is under the targets (or the check stopped before it reached one).");
            return;
        }

        var table = new TextTable("ACCOUNT", "NAME", "OU PATH", "IN EFFECT", "WHY");
        foreach (var account in accounts)
        {
            var reasons = Reasons(account);
            var inEffect = !account.InEffect ? "no" : account.Exempt ? "exempt" : "yes";
            table.Add(account.AccountId, account.AccountName, account.OuPath, inEffect, reasons.Count == 0 ? "" : reasons[0]);
            foreach (var reason in reasons.Skip(1))
            {
                table.Add("", "", "", "", reason);
            }
        }

        table.WriteTo(output);
    }

    /// <summary>
    /// Why the account does not get the baseline as written: each override ("path: Changed by name (p-…) at ou-…"),
    /// each validation error ("invalid: …"), then, as information, each change the baseline's lock refused ("info: …").
    /// </summary>
    public static IReadOnlyList<string> Reasons(AccountCoverage account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var reasons = account.Overrides.Select(Override).ToList();
        reasons.AddRange(account.ValidationErrors.Select(e => "invalid: " + e));
        if (account.EffectivePolicyInvalid && account.ValidationErrors.Count == 0)
        {
            reasons.Add("invalid: Organizations reports the effective backup policy invalid and gave no validation error");
        }

        reasons.AddRange(account.BlockedOverrides.Select(b => "info: " + b));
        reasons.AddRange(account.Exemptions.Select(x => x.State switch
        {
            ExemptionState.Active => $"exempt from '{x.Policy}' until {x.Expires:yyyy-MM-dd} ({x.Owner}: {x.Reason})",
            ExemptionState.Expiring => $"warning: exemption from '{x.Policy}' ends {x.Expires:yyyy-MM-dd}, within 14 days ({x.Owner}: {x.Reason})",
            _ => $"exemption from '{x.Policy}' ended {x.Expires:yyyy-MM-dd}: a gap again ({x.Owner}: {x.Reason})",
        }));
        return reasons.Count <= MaxReasonsShown
            ? reasons
            : [.. reasons.Take(MaxReasonsShown - 1), $"… and {reasons.Count - MaxReasonsShown + 1} more (--output json lists them all)"];
    }

    /// <summary>"N of M accounts have the baseline in effect; K overridden, L invalid; C calls", and what was not finished.</summary>
    public static void Summary(TextWriter output, CoverageReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        output.WriteLine(
            $"Summary: {report.Accounts.Count(a => a.InEffect)} of {report.Accounts.Count} account(s) have the baseline in effect; "
            + $"{report.OverriddenAccounts} overridden, {report.InvalidAccounts} invalid{Exempt(report)}; the check made {report.OrganizationsCalls} call(s) to Organizations.");
        var invalidElsewhere = report.InvalidAccountsReported - report.Accounts.Count(a => a.EffectivePolicyInvalid);
        if (invalidElsewhere > 0)
        {
            output.WriteLine($"Organizations reports {invalidElsewhere} more account(s) with an invalid effective backup policy that are not under the targets checked (or were not reached); '--target root' checks every account.");
        }

        foreach (var unfinished in report.Unfinished)
        {
            output.WriteLine($"Unfinished: {unfinished}.");
        }
    }

    /// <summary>
    /// The verdict in words and how to fix each kind of finding. Overrides by the managed policy itself (its content
    /// edited) or by no policy (the baseline detached, deleted or its type disabled) are drift that heal fixes;
    /// overrides by any other policy are for that policy's owner, since the healer never writes to it.
    /// </summary>
    public static void Guidance(TextWriter output, CoverageReport report, IReadOnlyList<string> managedPolicyIds)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        if (report.Accounts.Any(a => a.BlockedOverrides.Count > 0))
        {
            output.WriteLine("info: another policy tried to change the baseline and its lock (@@operators_allowed_for_child_policies) refused it; those accounts keep the baseline. The policy's owner can drop the attempt.");
        }

        if (report.AllCovered)
        {
            output.WriteLine("Covered: the baseline is in effect in every account checked.");
            return;
        }

        var overrides = report.Accounts.SelectMany(a => a.Overrides).ToList();
        if (overrides.Any(o => IsDrift(o, managedPolicyIds)))
        {
            output.WriteLine(
                "Drift: the managed policy itself is detached, deleted, disabled or edited, so accounts do not get the baseline from it (a key no policy sets, "
                + "or one the managed policy changes). 'orgbackuphealer heal' fixes that; then run coverage again.");
        }

        if (overrides.Any(o => !IsDrift(o, managedPolicyIds)))
        {
            output.WriteLine(
                "Overridden: another backup policy, attached lower in the tree, changes or removes keys of the baseline for the accounts below it. Ask its owner to detach it or "
                + "leave the baseline's keys alone, or lock those keys in the baseline with \"@@operators_allowed_for_child_policies\": [\"@@none\"] ('orgbackuphealer validate' "
                + "lists the keys a document leaves open). The healer never writes to another policy.");
        }

        if (report.InvalidAccounts > 0)
        {
            output.WriteLine(
                "Invalid: Organizations does not fully enforce these accounts' effective backup policy. Fix the contributing policies; "
                + "'aws organizations list-effective-policy-validation-errors --account-id ID --policy-type BACKUP_POLICY' lists every error.");
        }

        if (!report.Complete)
        {
            output.WriteLine("Incomplete: the check did not reach every account, so it cannot say they are all covered. Raise --budget or narrow --target.");
        }

        output.WriteLine("docs/runbook.md, \"baseline-not-in-effect\", has more on each finding.");
    }

    private static string Exempt(CoverageReport report) =>
        report.Accounts.Count(a => a.Exempt) is var exempt and > 0 ? $", {exempt} exempt" : "";

    private static bool IsDrift(BaselineOverride change, IReadOnlyList<string> managedPolicyIds) =>
        change.By is null || managedPolicyIds.Any(id => change.By.Contains($"({id})", StringComparison.Ordinal));

    private static string Override(BaselineOverride change) =>
        change.By is null ? $"{change.Path}: {change.Change} (no policy on the account's path sets it)" : change.ToString();
}
