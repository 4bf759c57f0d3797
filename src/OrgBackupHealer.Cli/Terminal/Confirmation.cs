namespace OrgBackupHealer.Cli.Terminal;

/// <summary>Asks before writing. The prompt goes to stderr so stdout stays clean for --output json.</summary>
internal static class Confirmation
{
    /// <exception cref="CliException">stdin is not interactive: nobody can answer.</exception>
    public static bool Ask(CliConsole console, string question)
    {
        if (!console.InputIsInteractive)
        {
            throw new CliException("Refusing to write without confirmation: stdin is not interactive. Re-run with --yes to apply the plan shown above.");
        }

        console.Error.Write($"{question} [y/N] ");
        console.Error.Flush();
        var answer = console.In.ReadLine()?.Trim();
        return string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase)
            || string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase);
    }
}
