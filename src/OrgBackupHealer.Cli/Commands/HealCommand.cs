using System.CommandLine;
using OrgBackupHealer.Cli.Healing;
using OrgBackupHealer.Cli.Policies;
using OrgBackupHealer.Core.Desired;

namespace OrgBackupHealer.Cli.Commands;

/// <summary><c>heal</c>: plan, confirm, snapshot, fix. Exit 0 when the organization ends healthy.</summary>
internal sealed class HealCommand(CliHost host)
{
    private readonly OrganizationOptions _options = new();
    private readonly Option<bool> _yes = CommonOptions.Yes();
    private readonly Option<string> _snapshotDirectory = CommonOptions.SnapshotDirectory();

    public Command Build()
    {
        var command = new Command("heal", "Fix the drift plan shows, after confirmation; snapshots the observed state before the first write.");
        _options.AddTo(command);
        command.Add(_yes);
        command.Add(_snapshotDirectory);
        command.SetAction((parse, ct) => CommandGuard.RunAsync(host, token => RunAsync(parse, token), ct));
        return command;
    }

    private Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var settings = _options.Read(host, parse);
        var request = new HealRequest(
            "heal",
            DesiredState.For(settings.PolicyName, settings.Policy.Document, settings.Targets, HealerMode.Enforce),
            settings.Connection,
            settings.Format,
            parse.GetValue(_yes),
            parse.GetValue(_snapshotDirectory) ?? "snapshots",
            _ => []);
        return new HealWorkflow(host).RunAsync(request, cancellationToken);
    }
}
