using System.CommandLine;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.State;

namespace OrgBackupHealer.Cli.Commands;

/// <summary><c>proposals</c>: the open proposals of approve-mode entries, from the state table. Reads only; exit 0.</summary>
internal sealed class ProposalsCommand(CliHost host)
{
    public const string Name = "proposals";

    private readonly StateTableOptions _options = new();

    public Command Build()
    {
        var command = new Command(Name, "List the open proposals of approve-mode entries (from the state table): what each would write, and until when it can be approved.");
        _options.AddTo(command);
        CommandGuard.SetAction(command, host, Name, _options.Format, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CommandOutput output, CancellationToken cancellationToken)
    {
        using var session = new StateTableSession(host, parse.GetRequiredValue(_options.Table), parse.GetValue(_options.Profile));
        IReadOnlyList<Core.Approvals.Proposal> open;
        try
        {
            open = await session.Proposals.ListOpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StateTableErrors.IsTableError(e))
        {
            throw StateTableErrors.For(e, session);
        }

        var now = host.Time.GetUtcNow();
        ProposalText.List(output.Human, open, now);
        output.Document(new ProposalsDocument(Name, ReportStatus.Listed, ExitCodes.Success, session.Table)
        {
            Proposals = [.. open.Select(p => ProposalReport.Of(p, now))],
        });
        return ExitCodes.Success;
    }
}
