namespace OrgBackupHealer.Cli.Terminal;

internal enum ConfirmationAnswer
{
    Yes,

    /// <summary>Anything but y or yes, an empty line included.</summary>
    No,

    /// <summary>stdin is not a terminal (a pipe, a file, CI): nobody can answer, so nothing is written without --yes.</summary>
    NobodyToAsk,
}
