namespace OrgBackupHealer.Cli;

/// <summary>
/// A problem the user can fix (bad option, missing file); its message is printed as the one-line reason and
/// <see cref="ExitCode"/> is the process's exit code (<see cref="ExitCodes.Usage"/> for a wrong command line).
/// </summary>
internal sealed class CliException(string message, Exception? innerException = null) : Exception(message, innerException)
{
    public int ExitCode { get; init; } = ExitCodes.Error;

    /// <summary>A command line that cannot be run as written: exit code 64 and a hint to --help.</summary>
    public static CliException Usage(string message) => new(message) { ExitCode = ExitCodes.Usage };
}
