using System.CommandLine;
using OrgBackupHealer.Cli.Output;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>
/// Runs a command body and turns every failure into one "error:" line on stderr (plus a --help hint for usage
/// errors), the JSON document with an "error" when --output json, and the failure's exit code: the user sees what to
/// fix, never a stack trace.
/// </summary>
internal static class CommandGuard
{
    /// <summary>The action every command has: its output in the format the user asked for, its body guarded by <see cref="RunAsync"/>.</summary>
    public static void SetAction(
        Command command, CliHost host, string name, Func<ParseResult, OutputFormat> format, Func<ParseResult, CommandOutput, CancellationToken, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction((parse, ct) =>
        {
            var output = new CommandOutput(host, name, format(parse));
            return RunAsync(output, token => body(parse, output, token), ct);
        });
    }

    public static async Task<int> RunAsync(CommandOutput output, Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return await body(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            return Report(output, FailureText.For(e) ?? FailureText.Unexpected(e));
        }
    }

    /// <summary>Reports <paramref name="failure"/>; <paramref name="context"/> carries what the command learnt before it stopped.</summary>
    public static int Report(CommandOutput output, Failure failure, CommandReport? context = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(failure);
        output.ErrorLine(failure.Message);
        if (failure.ExitCode == ExitCodes.Usage)
        {
            output.UsageHint();
        }

        var status = failure.ExitCode == ExitCodes.Usage ? ReportStatus.UsageError : ReportStatus.Failed;
        output.Document((context ?? new CommandReport(output.Command, status, failure.ExitCode)) with
        {
            Status = status,
            ExitCode = failure.ExitCode,
            Error = failure.Report,
        });
        return failure.ExitCode;
    }
}
