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
        var desired = settings.Desired(HealerMode.Report);

        // A report-mode reconcile never writes; its metrics (DriftDetected) are plan's business, not coverage's.
        var plan = await session.CreateReconciler(new MetricsRecorder(), new NoSnapshots(), host.Time)
            .ReconcileAsync(desired, "cli-coverage", cancellationToken).ConfigureAwait(false);
        var options = new CoverageOptions { Budget = request.Budget, MaxValidationErrorReads = request.MaxValidationErrorReads };
        var report = await new CoverageCheck(session.Port, host.Time, options).RunAsync(desired, cancellationToken).ConfigureAwait(false);

        var accounts = report.Accounts
            .OrderBy(a => a.OuPath, StringComparer.Ordinal)
            .ThenBy(a => a.AccountName, StringComparer.Ordinal)
            .ThenBy(a => a.AccountId, StringComparer.Ordinal)
            .ToList();
        var verdict = CoverageVerdict.For(report, plan.UnreachableTargets.Count);
        var organization = JsonReport.Organization(session, plan.Observed);
        var policy = settings.PolicyReport(plan.Observed);

        var human = output.Human;
        TableReport.Header(human, organization, policy, plan.Observed);
        if (plan.DriftFound)
        {
            human.WriteLine($"Note: the managed policy is not as desired ({plan.Plan.Count} change(s) needed): 'orgbackuphealer plan' shows them, 'heal' makes them.");
        }

        TableReport.UnknownTargets(human, plan.UnreachableTargets, TableReport.Name(organization));
        if (plan.UnreachableTargets.Count > 0)
        {
            human.WriteLine("Correct or remove these targets: no account under them could be checked.");
        }

        human.WriteLine($"Baseline plan in effect, account by account, under {TableReport.Describe(plan.Observed.DesiredTargetIds)}:");
        CoverageTable.Accounts(human, accounts);
        CoverageTable.Summary(human, report);
        CoverageTable.Guidance(human, report, policy.Id);

        output.Document(new CoverageDocument(
            verdict.Status,
            verdict.ExitCode,
            organization,
            policy,
            CoverageJson.Accounts(accounts),
            JsonReport.Unknown(plan.UnreachableTargets),
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
