using System.CommandLine;
using OrgBackupHealer.Cli.Healing;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.Snapshots;

namespace OrgBackupHealer.Cli.Commands;

/// <summary><c>heal</c>: plan, confirm, snapshot, fix. Exit 0 when the organization ends healthy (docs/cli.md lists the others).</summary>
internal sealed class HealCommand(CliHost host)
{
    private readonly OrganizationOptions _options = new();
    private readonly Option<bool> _yes = CommonOptions.Yes();
    private readonly Option<string?> _snapshotDirectory = CommonOptions.SnapshotDirectory();
    private readonly Option<bool> _skipUnknownTargets = CommonOptions.SkipUnknownTargets();

    public Command Build()
    {
        var command = new Command("heal", "Fix the drift plan shows, after confirmation; snapshots the observed state before the first write.");
        _options.AddTo(command);
        command.Add(_yes);
        command.Add(_snapshotDirectory);
        command.Add(_skipUnknownTargets);
        CommandGuard.SetAction(command, host, "heal", parse => CommonOptions.ReadFormat(parse, _options.Output), RunAsync);
        return command;
    }

    private Task<int> RunAsync(ParseResult parse, CommandOutput output, CancellationToken cancellationToken)
    {
        var settings = _options.Read(host, parse);
        var snapshotDirectory = parse.GetValue(_snapshotDirectory)
            ?? (settings.Connection.Simulate ? Path.Combine("snapshots", FileSnapshotSink.SimulatedSubdirectory) : "snapshots");
        var request = new HealRequest(settings, parse.GetValue(_yes), host.ResolvePath(snapshotDirectory), parse.GetValue(_skipUnknownTargets));
        return new HealWorkflow(host, output).RunAsync(request, cancellationToken);
    }
}
