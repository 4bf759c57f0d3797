using System.CommandLine;
using OrgBackupHealer.Cli.Metrics;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.Snapshots;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Commands;

/// <summary><c>plan</c>: reads the organization and reports the drift; never writes. Exit 0 healthy, 2 drift, 3 unknown targets.</summary>
internal sealed class PlanCommand(CliHost host)
{
    private readonly OrganizationOptions _options = new();

    public Command Build()
    {
        var command = new Command("plan", "Show what heal would change (reads only). Exit code 0: healthy, 2: drift found, 3: a target does not exist.");
        _options.AddTo(command);
        CommandGuard.SetAction(command, host, "plan", parse => CommonOptions.ReadFormat(parse, _options.Output), RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CommandOutput output, CancellationToken cancellationToken)
    {
        var settings = _options.Read(host, parse);
        using var session = host.Organizations.Connect(settings.Connection with { Progress = output.Error });
        var metrics = new MetricsRecorder();
        var reconciler = session.CreateReconciler(metrics, new NoSnapshots(), host.Time);
        var result = await reconciler.ReconcileAsync(settings.In(HealerMode.Report), "cli-plan", cancellationToken).ConfigureAwait(false);
        if (result.OnlyEntryFailure is { } only)
        {
            // A set of one that cannot be planned fails the command as a single policy always has.
            throw only;
        }

        var organization = JsonReport.Organization(session, SetReport.FirstObserved(result, settings));
        var unknown = result.UnreachableTargets.Select(u => u.Target).ToList();
        var (status, exitCode) = result.Failures.Count > 0 ? (ReportStatus.Failed, ExitCodes.Error)
            : unknown.Count > 0 ? (ReportStatus.UnknownTargets, ExitCodes.UnknownTargets)
            : result.DriftFound ? (ReportStatus.Drift, ExitCodes.DriftFound)
            : (ReportStatus.Healthy, ExitCodes.Success);
        var human = output.Human;
        SetReport.Header(human, organization, settings, result);
        SetReport.Plan(human, result);
        TableReport.UnknownTargets(human, unknown, TableReport.Name(organization));
        if (unknown.Count > 0)
        {
            human.WriteLine("Correct or remove these targets: heal writes nothing while a target is unknown, unless --skip-unknown-targets tells it to fix the rest.");
        }

        output.Document(new CommandReport("plan", status, exitCode)
        {
            Healthy = exitCode == ExitCodes.Success,
            Organization = organization,
            Policy = settings.PolicyReport(result.Entries[0].Key, SetReport.Observed(result.Entries[0])),
            Policies = SetReport.Entries(result, settings, applied: false),
            Actions = JsonReport.Planned(result.SharedPlan.Concat(result.Completed.SelectMany(r => r.Plan))),
            UnknownTargets = JsonReport.Unknown(result),
            Metrics = metrics.Report(),
            Error = result.Failures.Count == 0 ? null
                : new ErrorReport($"{result.Failures.Count} entr{(result.Failures.Count == 1 ? "y" : "ies")} of the policy set could not be planned (see policies[].error).", Failure.TerminalKind),
        });
        if (settings.EmitMetrics)
        {
            CliMetrics.Emit(metrics, output.Error, host.Time);
        }

        return exitCode;
    }
}
