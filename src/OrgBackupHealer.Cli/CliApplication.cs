using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using OrgBackupHealer.Cli.Commands;
using OrgBackupHealer.Cli.Output;

namespace OrgBackupHealer.Cli;

/// <summary>The composition root: every command gets the same host, and tests run the CLI through this entry point.</summary>
internal static class CliApplication
{
    public static Task<int> RunAsync(string[] args, CliHost host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(host);
        var root = new RootCommand("Reconciles the AWS Organizations backup policy (BACKUP_POLICY) to its desired state. Exit codes and JSON output: docs/cli.md.")
        {
            new DemoCommand(host).Build(),
            new PlanCommand(host).Build(),
            new CoverageCommand(host).Build(),
            new HealCommand(host).Build(),
            new RestoreCommand(host).Build(),
            new ValidateCommand(host).Build(),
            new StateCommand(host).Build(),
            new ProposalsCommand(host).Build(),
            new ApproveCommand(host).Build(),
            new RejectCommand(host).Build(),
        };
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            return Task.FromResult(UsageError(parse, args, host));
        }

        var invocation = new InvocationConfiguration
        {
            Output = host.Console.Out,
            Error = host.Console.Error,
            // Commands report their own errors in one line; nothing should reach a stack-trace printer.
            EnableDefaultExceptionHandler = false,
        };
        return parse.InvokeAsync(invocation, cancellationToken);
    }

    /// <summary>
    /// One "error:" line and a hint to --help on stderr, exit code 64; not the whole help on stdout, where a script
    /// expects a report. With --output json the document says so too.
    /// </summary>
    private static int UsageError(ParseResult parse, string[] args, CliHost host)
    {
        var command = CommandPath(parse.CommandResult);
        var output = new CommandOutput(host, command.Length == 0 ? "orgbackuphealer" : command, AsksForJson(args) ? OutputFormat.Json : OutputFormat.Table);
        var message = parse.Errors.Count == 0 ? "the command line cannot be run as written." : parse.Errors[0].Message;
        output.ErrorLine(message);
        host.Console.Error.WriteLine(command.Length == 0 ? "Run 'orgbackuphealer --help' for usage." : $"Run 'orgbackuphealer {command} --help' for usage.");
        output.Document(new CommandReport(output.Command, ReportStatus.UsageError, ExitCodes.Usage)
        {
            Error = new ErrorReport(string.Join(" ", parse.Errors.Select(e => e.Message)), Failure.UsageKind),
        });
        return ExitCodes.Usage;
    }

    /// <summary>"state show" for a subcommand, "plan" for a command, "" before any command.</summary>
    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? at = result; at is CommandResult { Command: not RootCommand } command; at = command.Parent)
        {
            names.Insert(0, command.Command.Name);
        }

        return string.Join(" ", names);
    }

    /// <summary>The parse failed, so --output is read from the raw arguments: "--output json" or "--output=json".</summary>
    private static bool AsksForJson(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--output=json" or "--output:json" || (args[i] == CommonOptions.OutputName && i + 1 < args.Length && args[i + 1] == "json"))
            {
                return true;
            }
        }

        return false;
    }
}
