using System.CommandLine;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.State;
using OrgBackupHealer.Core.Approvals;
using OrgBackupHealer.Core.Desired;

namespace OrgBackupHealer.Cli.Commands;

/// <summary><c>reject ID</c>: closes an open proposal; nothing is read from or written to the organization. Exit 0, or 1 when the id names no open proposal.</summary>
internal sealed class RejectCommand(CliHost host)
{
    public const string Name = "reject";

    private readonly StateTableOptions _options = new();
    private readonly Option<string?> _incidentBus = CommonOptions.IncidentBus();
    private readonly Argument<string> _id = new("ID") { Description = "The proposal id (prop-…), as 'orgbackuphealer proposals' lists it." };

    public Command Build()
    {
        var command = new Command(Name, "Close an open proposal without applying it; the drift stays until a newer proposal is approved.");
        command.Add(_id);
        _options.AddTo(command);
        command.Add(_incidentBus);
        CommandGuard.SetAction(command, host, Name, _options.Format, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CommandOutput output, CancellationToken cancellationToken)
    {
        using var session = new StateTableSession(host, parse.GetRequiredValue(_options.Table), parse.GetValue(_options.Profile));
        ApprovalResult result;
        try
        {
            result = await ApprovalService.RejectAsync(session.Proposals, host.Time, parse.GetRequiredValue(_id), ApproveCommand.Who(host), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StateTableErrors.IsTableError(e))
        {
            throw StateTableErrors.For(e, session);
        }

        var now = host.Time.GetUtcNow();
        var document = new ProposalsDocument(Name, "", 0, session.Table) { Proposal = result.Proposal is { } p ? ProposalReport.Of(p, now) : null, Message = result.Message };
        if (result.Verdict != ApprovalVerdict.Rejected)
        {
            output.ErrorLine(result.Message);
            output.Document(document with { Status = ReportStatus.Refused, ExitCode = ExitCodes.Error, Error = new(result.Message, Failure.InputKind) });
            return ExitCodes.Error;
        }

        output.Human.WriteLine(result.Message);
        output.Document(document with { Status = ReportStatus.Rejected, ExitCode = ExitCodes.Success });
        var owner = result.Proposal?.Owner is { Length: > 0 } proposalOwner ? proposalOwner : PolicyIdentity.DefaultOwner;
        await IncidentPublisher.PublishAsync(host, output, parse.GetValue(_incidentBus), parse.GetValue(_options.Profile), owner, result.ToPublish(), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
