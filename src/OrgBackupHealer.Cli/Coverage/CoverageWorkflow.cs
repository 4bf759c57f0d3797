using OrgBackupHealer.Cli.Commands;
using OrgBackupHealer.Cli.Metrics;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.Snapshots;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Coverage;

/// <summary>
/// Reads the organization as plan does (for the header, the unknown targets and a word on drift), then runs Core's
/// coverage check within the request's budget and reports every account under the targets. It only reads.
/// </summary>
internal sealed class CoverageWorkflow(CliHost host, CommandOutput output)
{
    public async Task<int> RunAsync(CoverageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = request.Settings;
        using var session = host.Organizations.Connect(settings.Connection with { Progress = output.Error });
        var set = settings.In(HealerMode.Report);

        // A report-mode reconcile never writes; its metrics (DriftDetected) are plan's business, not coverage's.
        var plan = await session.CreateReconciler(new MetricsRecorder(), new NoSnapshots(), host.Time)
            .ReconcileAsync(set, "cli-coverage", cancellationToken).ConfigureAwait(false);
        var options = new CoverageOptions { Budget = request.Budget, MaxValidationErrorReads = request.MaxValidationErrorReads };
        var report = await new CoverageCheck(session.Port, host.Time, options).RunAsync(set, cancellationToken).ConfigureAwait(false);

        var accounts = report.Accounts
            .OrderBy(a => a.OuPath, StringComparer.Ordinal)
            .ThenBy(a => a.AccountName, StringComparer.Ordinal)
            .ThenBy(a => a.AccountId, StringComparer.Ordinal)
            .ToList();
        var unknown = plan.UnreachableTargets.Select(u => u.Target).ToList();
        var verdict = CoverageVerdict.For(report, unknown.Count);
        var first = SetReport.FirstObserved(plan, settings);
        var organization = JsonReport.Organization(session, first);
        var policy = settings.PolicyReport(plan.Entries[0].Key, SetReport.Observed(plan.Entries[0]));

        var human = output.Human;
        SetReport.Header(human, organization, settings, plan);
        var changes = plan.SharedPlan.Count + plan.Completed.Sum(r => r.Plan.Count);
        if (changes > 0)
        {
            human.WriteLine($"Note: the managed polic{(plan.Entries.Count == 1 ? "y is" : "ies are")} not as desired ({changes} change(s) needed): 'orgbackuphealer plan' shows them, 'heal' makes them.");
        }

        TableReport.UnknownTargets(human, unknown, TableReport.Name(organization));
        if (unknown.Count > 0)
        {
            human.WriteLine("Correct or remove these targets: no account under them could be checked.");
        }

        var targets = plan.Completed.SelectMany(r => r.Observed.DesiredTargetIds).Distinct(StringComparer.Ordinal);
        human.WriteLine($"Baseline plan in effect, account by account, under {TableReport.Describe(targets)}:");
        CoverageTable.Accounts(human, accounts);
        CoverageTable.Summary(human, report);
        CoverageTable.Guidance(human, report, plan.ManagedPolicyIds.Values.ToList());

        output.Document(new CoverageDocument(
            verdict.Status,
            verdict.ExitCode,
            organization,
            policy,
            CoverageJson.Accounts(accounts),
            JsonReport.Unknown(plan),
            CoverageJson.Summary(report),
            CoverageMetrics.Report(report)));
        if (settings.EmitMetrics)
        {
            CoverageMetrics.Emit(report, output.Error, host.Time);
        }

        return verdict.ExitCode;
    }
}

/// <summary>One coverage run: the organization options plan takes, the check's time budget and its cap on validation-error reads.</summary>
internal sealed record CoverageRequest(OrganizationSettings Settings, TimeSpan Budget, int MaxValidationErrorReads);
