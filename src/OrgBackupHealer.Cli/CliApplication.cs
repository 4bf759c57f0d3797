using System.CommandLine;
using OrgBackupHealer.Cli.Commands;

namespace OrgBackupHealer.Cli;

/// <summary>The composition root: every command gets the same host, and tests run the CLI through this entry point.</summary>
internal static class CliApplication
{
    public static Task<int> RunAsync(string[] args, CliHost host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var root = new RootCommand("Reconciles the AWS Organizations backup policy (BACKUP_POLICY) to its desired state.")
        {
            new DemoCommand(host).Build(),
            new PlanCommand(host).Build(),
            new HealCommand(host).Build(),
            new RestoreCommand(host).Build(),
            new ValidateCommand(host).Build(),
        };
        var invocation = new InvocationConfiguration
        {
            Output = host.Console.Out,
            Error = host.Console.Error,
            // Commands report their own errors in one line; nothing should reach a stack-trace printer.
            EnableDefaultExceptionHandler = false,
        };
        return root.Parse(args).InvokeAsync(invocation, cancellationToken);
    }
}
