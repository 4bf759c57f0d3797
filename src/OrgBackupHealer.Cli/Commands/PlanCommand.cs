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
        command.SetAction((parse, ct) =>
        {
            var output = new CommandOutput(host, "plan", CommonOptions.ReadFormat(parse, _options.Output));
            return CommandGuard.RunAsync(output, token => RunAsync(parse, output, token), ct);
        });
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CommandOutput output, CancellationToken cancellationToken)
    {
        var settings = _options.Read(host, parse);
        using var session = host.Organizations.Connect(settings.Connection with { Progress = output.Error });
        var metrics = new MetricsRecorder();
        var reconciler = session.CreateReconciler(metrics, new NoSnapshots(), host.Time);
        var result = await reconciler.ReconcileAsync(settings.Desired(HealerMode.Report), "cli-plan", cancellationToken).ConfigureAwait(false);

        var organization = JsonReport.Organization(session, result.Observed);
        var unknown = result.UnreachableTargets;
        var (status, exitCode) = unknown.Count > 0 ? (ReportStatus.UnknownTargets, ExitCodes.UnknownTargets)
            : result.DriftFound ? (ReportStatus.Drift, ExitCodes.DriftFound)
            : (ReportStatus.Healthy, ExitCodes.Success);
        var human = output.Human;
        TableReport.Header(human, organization, settings.PolicyReport(result.Observed), result.Observed);
        TableReport.Plan(human, result.Plan);
        TableReport.UnknownTargets(human, unknown, TableReport.Name(organization));
        if (unknown.Count > 0)
        {
            human.WriteLine("Correct or remove these targets: heal writes nothing while a target is unknown, unless --skip-unknown-targets tells it to fix the rest.");
        }

        output.Document(new CommandReport("plan", status, exitCode)
        {
            Healthy = exitCode == ExitCodes.Success,
            Organization = organization,
            Policy = settings.PolicyReport(result.Observed),
            Actions = JsonReport.Planned(result.Plan),
            UnknownTargets = JsonReport.Unknown(unknown),
            Metrics = metrics.Report(),
        });
        if (settings.EmitMetrics)
        {
            CliMetrics.Emit(metrics, output.Error, host.Time);
        }

        return exitCode;
    }
}
