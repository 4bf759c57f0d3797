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
}

internal enum ConfirmationAnswer
{
    Yes,

    /// <summary>Anything but y or yes, an empty line included.</summary>
    No,

    /// <summary>stdin is not a terminal (a pipe, a file, CI): nobody can answer, so nothing is written without --yes.</summary>
    NobodyToAsk,
}
