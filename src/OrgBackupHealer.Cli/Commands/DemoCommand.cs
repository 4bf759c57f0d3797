using System.CommandLine;
using OrgBackupHealer.Cli.Demo;
using OrgBackupHealer.Cli.Output;

namespace OrgBackupHealer.Cli.Commands;

/// <summary><c>demo</c>: the main job on a simulated organization; needs no AWS account. Exit 0 when every scenario healed.</summary>
internal sealed class DemoCommand(CliHost host)
{
    public Command Build()
    {
        var command = new Command("demo", "Break a simulated organization four ways and in combination, heal it after each break, show a healthy run costs zero writes.");
        CommandGuard.SetAction(command, host, "demo", _ => OutputFormat.Table, (_, _, token) => new DemoRunner(host).RunAsync(token));
        return command;
    }
}
