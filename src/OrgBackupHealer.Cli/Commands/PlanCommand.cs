using System.CommandLine;
using OrgBackupHealer.Cli.Metrics;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.Policies;
using OrgBackupHealer.Cli.Snapshots;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Commands;

/// <summary><c>plan</c>: reads the organization and reports the drift; never writes. Exit 0 healthy, 2 drift.</summary>
internal sealed class PlanCommand(CliHost host)
{
    private readonly OrganizationOptions _options = new();

    public Command Build()
    {
        var command = new Command("plan", "Show what heal would change (reads only). Exit code 0: healthy, 2: drift found.");
        _options.AddTo(command);
        command.SetAction((parse, ct) => CommandGuard.RunAsync(host, token => RunAsync(parse, token), ct));
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var settings = _options.Read(host, parse);
        using var session = host.Organizations.Connect(settings.Connection);
        var desired = DesiredState.For(settings.PolicyName, settings.Policy.Document, settings.Targets, HealerMode.Report);
        var reconciler = new Reconciler(session.Port, new FixCounter(), new NoSnapshots(), host.Time, session.ReconcilerOptions);
        var result = await reconciler.ReconcileAsync(desired, "cli-plan", cancellationToken).ConfigureAwait(false);
        if (settings.Format == OutputFormat.Json)
        {
            JsonReport.Write(host.Console.Out, new CommandReport(
                "plan", session.Description, settings.PolicyName, !result.DriftFound, JsonReport.Planned(result.Plan)));
        }
        else
        {
            TableReport.Observed(host.Console.Out, session.Description, settings.PolicyName, result.Observed);
            TableReport.Plan(host.Console.Out, result.Plan);
        }

        return result.DriftFound ? ExitCodes.DriftFound : ExitCodes.Success;
    }
}
