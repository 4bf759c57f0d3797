namespace OrgBackupHealer.Cli.Terminal;

/// <summary>
/// The console as the commands see it. <paramref name="InputIsInteractive"/> is false when stdin is a pipe or a
/// file: then nobody can answer a confirmation, and heal refuses to write without --yes.
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, TextReader In, bool InputIsInteractive)
{
    public static CliConsole FromProcess() =>
        new(System.Console.Out, System.Console.Error, System.Console.In, !System.Console.IsInputRedirected);
}
