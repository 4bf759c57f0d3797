using System.CommandLine;
using OrgBackupHealer.Cli.Healing;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.Snapshots;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>
/// <c>restore --from</c>: puts the managed policy's content and attachments back to a snapshot, with heal's
/// plan/confirm/snapshot flow. It refuses a snapshot of another organization (or of the simulation) before any
/// write, and never detaches or deletes: attachments made since the snapshot stay.
/// </summary>
internal sealed class RestoreCommand(CliHost host)
{
    private readonly Option<string> _from = new("--from")
    {
        Description = "Snapshot to restore: a file written by heal, or s3://bucket/key from the Lambda's snapshot bucket.",
        Required = true,
    };

    private readonly Option<string> _output = CommonOptions.Output();
    private readonly Option<string?> _profile = CommonOptions.Profile();
    private readonly Option<bool> _yes = CommonOptions.Yes();
    private readonly Option<string?> _snapshotDirectory = CommonOptions.SnapshotDirectory();
    private readonly Option<bool> _skipUnknownTargets = CommonOptions.SkipUnknownTargets();
    private readonly Option<int> _timeout = CommonOptions.Timeout();
    private readonly Option<bool> _emitMetrics = CommonOptions.EmitMetrics();

    public Command Build()
    {
        var command = new Command("restore", "Put the managed policy's content and attachments back to a snapshot of this organization (never detaches anything).")
        {
            _from, _output, _profile, _yes, _snapshotDirectory, _skipUnknownTargets, _timeout, _emitMetrics,
        };
        command.SetAction((parse, ct) =>
        {
            var output = new CommandOutput(host, "restore", CommonOptions.ReadFormat(parse, _output));
            return CommandGuard.RunAsync(output, token => RunAsync(parse, output, token), ct);
        });
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CommandOutput output, CancellationToken cancellationToken)
    {
        var from = parse.GetRequiredValue(_from);
        var snapshot = await SnapshotSource.ReadAsync(host, from, parse.GetValue(_profile), cancellationToken).ConfigureAwait(false);
        var content = snapshot.PolicyContent
            ?? throw new CliException($"{from} holds no policy content: '{snapshot.PolicyName}' did not exist when it was taken, and restore never deletes.");
        PolicyDocument document;
        try
        {
            document = PolicyDocument.Parse(content);
        }
        catch (PolicyDocumentException e)
        {
            throw new CliException($"the policy content in {from} is not a valid backup policy: {string.Join("; ", e.Errors)}", e);
        }

        var targets = snapshot.AttachedTargetIds;
        var connection = new ConnectionRequest(false, null, parse.GetValue(_profile), snapshot.PolicyName, content, targets)
        {
            RequestTimeout = TimeSpan.FromSeconds(parse.GetValue(_timeout)),
            Retry = host.Retry,
        };
        var request = new HealRequest(
            DesiredState.For(snapshot.PolicyName, document, targets, HealerMode.Enforce),
            connection,
            S3IsSource(from) ? from : host.ResolvePath(from),
            PolicyOrigins.Snapshot,
            parse.GetValue(_yes),
            host.ResolvePath(parse.GetValue(_snapshotDirectory) ?? "snapshots"),
            parse.GetValue(_skipUnknownTargets),
            parse.GetValue(_emitMetrics))
        {
            NotesFor = observed => Notes(snapshot, observed),
            RefusalFor = (observed, simulated) => SnapshotOrigin.Mismatch(snapshot, from, observed, simulated),
        };
        return await new HealWorkflow(host, output).RunAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static bool S3IsSource(string from) => from.StartsWith("s3://", StringComparison.OrdinalIgnoreCase);

    private static List<string> Notes(StateSnapshot snapshot, ObservedState observed)
    {
        var notes = new List<string>
        {
            $"restoring the snapshot taken {snapshot.TakenAt:u} ({snapshot.Trigger}); restore never detaches or deletes anything.",
        };
        var extra = observed.Attachments.Select(a => a.TargetId).Except(snapshot.AttachedTargetIds, StringComparer.Ordinal).ToList();
        if (extra.Count > 0)
        {
            notes.Add($"the policy stays attached to {string.Join(", ", extra)} (attached now, not in the snapshot); detach it yourself if that is wrong.");
        }

        return notes;
    }
}
