using OrgBackupHealer.Cli.Output;

namespace OrgBackupHealer.Cli.Terminal;

/// <summary>Asks before writing. The prompt goes to stderr so stdout stays clean for --output json.</summary>
internal static class Confirmation
{
    public static ConfirmationAnswer Ask(CliConsole console, string question)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (!console.InputIsInteractive)
        {
            return ConfirmationAnswer.NobodyToAsk;
        }

        console.Error.Write($"{question} [y/N] ");
        console.Error.Flush();
        var answer = console.In.ReadLine()?.Trim();
        return string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) || string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase)
            ? ConfirmationAnswer.Yes
            : ConfirmationAnswer.No;
    }

    /// <summary>Asks, and says why nothing will be written unless the answer was yes.</summary>
    /// <param name="withYes">What --yes would have done, for the line that refuses without a terminal ("apply the plan shown above").</param>
    /// <returns>Null when the user said yes; otherwise why nothing will be written (also printed on stderr).</returns>
    public static ErrorReport? Refusal(CliConsole console, CommandOutput output, string question, string withYes)
    {
        ArgumentNullException.ThrowIfNull(output);
        switch (Ask(console, question))
        {
            case ConfirmationAnswer.Yes:
                return null;
            case ConfirmationAnswer.NobodyToAsk:
                var refused = $"refusing to write without confirmation: stdin is not a terminal. Re-run with --yes to {withYes}.";
                output.ErrorLine(refused);
                return new ErrorReport(refused, Failure.NotConfirmedKind);
            default:
                const string declined = "Declined: nothing was written.";
                output.Error.WriteLine(declined);
                return new ErrorReport(declined, Failure.NotConfirmedKind);
        }
    }
}

internal enum ConfirmationAnswer
{
    Yes,

    /// <summary>Anything but y or yes, an empty line included.</summary>
    No,

    /// <summary>stdin is not a terminal (a pipe, a file, CI): nobody can answer, so nothing is written without --yes.</summary>
    NobodyToAsk,
}
