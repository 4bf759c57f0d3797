using System.CommandLine;
using OrgBackupHealer.Cli.Healing;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Policies;
using OrgBackupHealer.Cli.Snapshots;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>
/// <c>restore --from</c>: puts the managed policy's content and attachments back to a snapshot, with heal's
/// plan/confirm/snapshot flow. It never detaches or deletes: attachments made since the snapshot stay.
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
    private readonly Option<string> _snapshotDirectory = CommonOptions.SnapshotDirectory();

    public Command Build()
    {
        var command = new Command("restore", "Put the managed policy's content and attachments back to a snapshot (never detaches anything).")
        {
            _from, _output, _profile, _yes, _snapshotDirectory,
        };
        command.SetAction((parse, ct) => CommandGuard.RunAsync(host, token => RunAsync(parse, token), ct));
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
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
        var request = new HealRequest(
            "restore",
            DesiredState.For(snapshot.PolicyName, document, targets, HealerMode.Enforce),
            new ConnectionRequest(false, null, parse.GetValue(_profile), snapshot.PolicyName, content, targets),
            CommonOptions.ReadFormat(parse, _output),
            parse.GetValue(_yes),
            parse.GetValue(_snapshotDirectory) ?? "snapshots",
            observed => Notes(snapshot, observed));
        return await new HealWorkflow(host).RunAsync(request, cancellationToken).ConfigureAwait(false);
    }

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
