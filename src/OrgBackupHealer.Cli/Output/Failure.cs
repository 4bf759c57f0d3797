namespace OrgBackupHealer.Cli.Output;

/// <summary>A failure as the CLI reports it: the one-line message, its JSON form and the exit code.</summary>
internal sealed record Failure(string Message, ErrorReport Report, int ExitCode)
{
    public const string UsageKind = "usage";
    public const string InputKind = "input";
    public const string NotConfirmedKind = "notConfirmed";
    public const string TransientKind = "transient";
    public const string TerminalKind = "terminal";
}
