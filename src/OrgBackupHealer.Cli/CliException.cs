namespace OrgBackupHealer.Cli;

/// <summary>A problem the user can fix (bad option, missing file); its message is printed as the one-line reason.</summary>
internal sealed class CliException(string message, Exception? innerException = null) : Exception(message, innerException);
