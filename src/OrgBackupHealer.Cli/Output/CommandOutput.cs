namespace OrgBackupHealer.Cli.Output;

/// <summary>
/// Where one command's output goes. With --output json, stdout carries exactly one document, written once whatever
/// happens, and everything for people (report, prompt, progress, errors) goes to stderr; with table, the report goes
/// to stdout. Errors are one "error: …" line on stderr in both.
/// </summary>
internal sealed class CommandOutput(CliHost host, string command, OutputFormat format)
{
    public string Command => command;

    public bool IsJson => format == OutputFormat.Json;

    /// <summary>The human-readable report.</summary>
    public TextWriter Human => IsJson ? host.Console.Error : host.Console.Out;

    /// <summary>Progress, prompts, errors and (with --emit-metrics) EMF lines.</summary>
    public TextWriter Error => host.Console.Error;

    public bool DocumentWritten { get; private set; }

    /// <summary>Prints the JSON document, unless the format is table or a document was already printed.</summary>
    public void Document(CommandReport report) => Print(stdout => JsonReport.Write(stdout, report));

    public void Document(ValidationReport report) => Print(stdout => JsonReport.Write(stdout, report));

    public void Document(CoverageDocument report) => Print(stdout => JsonReport.Write(stdout, report));

    public void Document(StateDocument report) => Print(stdout => JsonReport.Write(stdout, report));

    public void Document(ProposalsDocument report) => Print(stdout => JsonReport.Write(stdout, report));

    public void ErrorLine(string message)
    {
        Error.WriteLine("error: " + message.ReplaceLineEndings(" ").Trim());
        Error.Flush();
    }

    /// <summary>A problem that does not stop the command or change its exit code, on stderr as one line.</summary>
    public void WarningLine(string message)
    {
        Error.WriteLine("warning: " + message.ReplaceLineEndings(" ").Trim());
        Error.Flush();
    }

    /// <summary>The second line of a usage error: where the right syntax is.</summary>
    public void UsageHint() => Error.WriteLine($"Run 'orgbackuphealer {command} --help' for usage.");

    /// <summary>The one document of the run: whichever is printed first is the only one.</summary>
    private void Print(Action<TextWriter> write)
    {
        if (IsJson && !DocumentWritten)
        {
            write(host.Console.Out);
            DocumentWritten = true;
        }
    }
}
