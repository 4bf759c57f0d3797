using System.CommandLine;
using OrgBackupHealer.Cli.Demo;

namespace OrgBackupHealer.Cli.Commands;

/// <summary><c>demo</c>: the main job on a simulated organization; needs no AWS account. Exit 0 when every scenario healed.</summary>
internal sealed class DemoCommand(CliHost host)
{
    public Command Build()
    {
        var command = new Command("demo", "Break a simulated organization four ways and in combination, heal it after each break, show a healthy run costs zero writes.");
        command.SetAction((parse, ct) => CommandGuard.RunAsync(host, token => new DemoRunner(host).RunAsync(token), ct));
        return command;
    }
}
