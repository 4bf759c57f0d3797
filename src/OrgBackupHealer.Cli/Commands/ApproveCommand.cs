using System.CommandLine;
using OrgBackupHealer.Cli.Metrics;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.Snapshots;
using OrgBackupHealer.Cli.State;
using OrgBackupHealer.Cli.Terminal;
using OrgBackupHealer.Core.Approvals;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>
/// <c>approve ID</c>: shows the proposal's plan, asks (or --yes), and applies it under the function's rule: only if it
/// is open, not expired, and the organization still hashes to the observation it was planned from; otherwise the entry
/// is re-planned, a fresh proposal recorded, and nothing written. Exit 0 applied, 2 re-planned, 1 refused, 4 not confirmed.
/// </summary>
internal sealed class ApproveCommand(CliHost host)
{
    public const string Name = "approve";

    private readonly OrganizationOptions _options = new();
    private readonly Option<string> _table = new StateTableOptions().Table;
    private readonly Option<bool> _yes = CommonOptions.Yes();
    private readonly Option<string?> _snapshotDirectory = CommonOptions.SnapshotDirectory();
    private readonly Option<string?> _incidentBus = CommonOptions.IncidentBus();
    private readonly Argument<string> _id = new("ID") { Description = "The proposal id (prop-…), as 'orgbackuphealer proposals' lists it." };

    /// <summary>Who the CLI records as having approved or rejected: the local user (the AWS identity is in CloudTrail).</summary>
    public static string Who(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return "cli:" + (host.Environment("USER") is { Length: > 0 } user ? user : "unknown");
    }

    public Command Build()
    {
        var command = new Command(Name, "Show an open proposal's plan, confirm, and apply it if the organization is still as it was observed; otherwise re-plan and record a fresh proposal.");
        command.Add(_id);
        command.Add(_table);
        _options.AddTo(command);
        command.Add(_yes);
        command.Add(_snapshotDirectory);
        command.Add(_incidentBus);
        CommandGuard.SetAction(command, host, Name, parse => CommonOptions.ReadFormat(parse, _options.Output), RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CommandOutput output, CancellationToken cancellationToken)
    {
        var settings = _options.Read(host, parse);
        var id = parse.GetRequiredValue(_id);
        using var table = new StateTableSession(host, parse.GetRequiredValue(_table), parse.GetValue(_options.Profile));
        var document = new ProposalsDocument(Name, "", 0, table.Table);
        var now = host.Time.GetUtcNow();
        try
        {
            var proposal = Proposal.IsWellFormedId(id) ? await table.Proposals.GetAsync(id, cancellationToken).ConfigureAwait(false) : null;
            if (proposal is { IsOpen: true })
            {
                ProposalText.Show(output.Human, proposal, now);
                document = document with { Proposal = ProposalReport.Of(proposal, now) };
                if (!parse.GetValue(_yes)
                    && Confirmation.Refusal(host.Console, output, $"Apply proposal {id} to policy '{proposal.Policy}' if the organization is still as observed?", "apply the proposal shown above") is { } refusal)
                {
                    output.Document(document with { Status = ReportStatus.Declined, ExitCode = ExitCodes.NotConfirmed, Error = refusal });
                    return ExitCodes.NotConfirmed;
                }
            }

            using var organization = host.Organizations.Connect(settings.Connection with { Progress = output.Error });
            var snapshotDirectory = parse.GetValue(_snapshotDirectory) ?? (organization.Simulated ? Path.Combine("snapshots", FileSnapshotSink.SimulatedSubdirectory) : "snapshots");
            var snapshots = new FileSnapshotSink(host.ResolvePath(snapshotDirectory), organization.Simulated);
            var service = new ApprovalService(organization.CreateReconciler(new MetricsRecorder(), snapshots, host.Time), table.Proposals, host.Time, ApprovalService.DefaultLifetime);
            var result = await service.ApproveAsync(settings.Set, id, Who(host), cancellationToken).ConfigureAwait(false);
            var exitCode = Report(output, document, result);
            await IncidentPublisher.PublishAsync(
                host, output, parse.GetValue(_incidentBus), parse.GetValue(_options.Profile), settings.Set.Owner, result.ToPublish(), cancellationToken).ConfigureAwait(false);
            return exitCode;
        }
        catch (Exception e) when (StateTableErrors.IsTableError(e))
        {
            throw StateTableErrors.For(e, table);
        }
    }

    private int Report(CommandOutput output, ProposalsDocument document, ApprovalResult result)
    {
        var now = host.Time.GetUtcNow();
        document = document with
        {
            Proposal = result.Proposal is { } p ? ProposalReport.Of(p, now) : document.Proposal,
            NewProposal = result.Replacement is { } fresh ? ProposalReport.Of(fresh, now) : null,
            Message = result.Message,
            Snapshot = result.Reconcile?.Snapshot?.Location,
        };
        switch (result.Verdict)
        {
            case ApprovalVerdict.Applied:
                var applied = result.Reconcile!.SharedApplied.Concat(result.Reconcile.Completed.SelectMany(r => r.Applied)).ToList();
                output.Human.WriteLine(result.Message);
                TableReport.Applied(output.Human, applied, "Applied");
                output.Document(document with { Status = ReportStatus.Applied, ExitCode = ExitCodes.Success, Actions = JsonReport.Applied(applied) });
                return ExitCodes.Success;
            case ApprovalVerdict.Replanned:
                output.ErrorLine(result.Message);
                if (result.Replacement is { } replacement)
                {
                    ProposalText.Show(output.Human, replacement, now);
                }

                output.Document(document with { Status = ReportStatus.Replanned, ExitCode = ExitCodes.ProposalReplanned, Error = new(result.Message, Failure.TerminalKind) });
                return ExitCodes.ProposalReplanned;
            case ApprovalVerdict.Failed:
                output.ErrorLine(result.Message);
                output.Document(document with { Status = ReportStatus.Failed, ExitCode = ExitCodes.Error, Error = new(result.Message, Failure.TerminalKind) });
                return ExitCodes.Error;
            default:
                output.ErrorLine(result.Message);
                output.Document(document with { Status = ReportStatus.Refused, ExitCode = ExitCodes.Error, Error = new(result.Message, Failure.InputKind) });
                return ExitCodes.Error;
        }
    }
}
