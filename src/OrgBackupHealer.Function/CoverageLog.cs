using System.Globalization;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function;

/// <summary>
/// A coverage check (scheduled, or of the one account an EffectivePolicyValidation event named) in the log and the metrics. BaselineOverridden and EffectivePolicyInvalid are emitted only
/// when the check has something to say for them (<see cref="CoverageOutcome"/>): a check that judged nothing emits
/// neither, so the alarm keeps its state instead of turning green on a zero nobody measured. CoverageIncomplete{Reason}
/// when the walk did not reach the end; a line per gap (the first <see cref="GapsLogged"/>) and a summary.
/// </summary>
internal static class CoverageLog
{
    public const int GapsLogged = 50;

    public static void Report(CoverageOutcome outcome, EmfMetrics metrics, JsonLogger logger)
    {
        var report = outcome.Report;
        metrics.CoverageChecked(outcome);

        var gaps = report.Accounts.Where(a => !a.InEffect).ToList();
        foreach (var gap in gaps.Take(GapsLogged))
        {
            logger.Warning($"baseline not in effect for account {gap.AccountId}", Fields(gap));
        }

        logger.Log(
            gaps.Count > 0 || outcome.Incomplete is not null ? LogLevel.Warning : LogLevel.Information,
            $"coverage check: {report.Accounts.Count - gaps.Count} of {report.Accounts.Count} accounts judged have the baseline in effect",
            LogField.Of("overridden_accounts", report.OverriddenAccounts.ToString(CultureInfo.InvariantCulture)),
            LogField.Of("invalid_accounts", report.InvalidAccounts.ToString(CultureInfo.InvariantCulture)),
            LogField.Of("coverage_calls", report.OrganizationsCalls.ToString(CultureInfo.InvariantCulture)),
            LogField.Of("coverage_incomplete", outcome.Incomplete ?? ""),
            LogField.Of("cycle", Cycle(outcome)),
            LogField.List("unfinished", report.Unfinished));
    }

    /// <summary>What a check of one account found, in a sentence (the response to its EffectivePolicyValidation event).</summary>
    public static string Verdict(CoverageOutcome outcome)
    {
        var report = outcome.Report;
        if (report.Accounts is not [var account])
        {
            return report.Unfinished.Count > 0
                ? $"account {report.Account} was not judged: {string.Join("; ", report.Unfinished)}"
                : $"account {report.Account} is under none of the set's targets: not judged";
        }

        return account.InEffect ? $"account {account.AccountId} has its backup plans in effect"
            : account.EffectivePolicyInvalid ? $"account {account.AccountId}: its effective backup policy is invalid ({string.Join("; ", account.ValidationErrors)})"
            : $"account {account.AccountId}: {account.Overrides.Count} key(s) of its backup plans overridden by another policy"
                + (account.Exempt ? " (exempt)" : "");
    }

    /// <summary>Where the walk is in its cycle, for the reader of the log: "finished", or how far and where it resumes.</summary>
    private static string Cycle(CoverageOutcome outcome)
    {
        if (outcome.Report.Account is { } only)
        {
            return $"account {only} only, on its EffectivePolicyValidation event; the walk is left where it is";
        }

        var walk = outcome.Report.Walk;
        if (walk.Finished)
        {
            return "finished: every account under the targets was judged" + (walk.StartedAtRoot ? " in this check" : " in this cycle");
        }

        var resumeAt = string.Join('/', ["Root", .. walk.Next.Select(s => s.Name)]);
        return $"{outcome.Progress.CycleJudged} accounts judged so far this cycle; the next check resumes at {resumeAt}"
            + (walk.ResumeLost ? " (the place to resume from was gone, so this cycle began again at the root)" : "");
    }

    private static LogField[] Fields(AccountCoverage gap) =>
    [
        LogField.Of("account_id", gap.AccountId),
        LogField.Of("ou_path", gap.OuPath),
        LogField.List("overrides", gap.Overrides.Select(o => o.ToString()).ToList()),
        LogField.List("validation_errors", gap.ValidationErrors),
    ];
}
