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
/// <c>restore --from</c>: puts each entry's policy content and attachments back to a snapshot of the set (--policy
/// narrows it to one entry), with heal's plan/confirm/snapshot flow. It refuses a snapshot of another organization (or
/// of the simulation) before any write, and never detaches or deletes: attachments made since the snapshot stay, and
/// an entry whose policy did not exist when the snapshot was taken is left as it is.
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

    private readonly Option<string?> _policy = new("--policy")
    {
        Description = "Restore only this entry of the snapshot's policy set (its key).",
    };

    public Command Build()
    {
        var command = new Command("restore", "Put the managed policy's content and attachments back to a snapshot of this organization (never detaches anything).")
        {
            _from, _policy, _output, _profile, _yes, _snapshotDirectory, _skipUnknownTargets, _timeout, _emitMetrics,
        };
        CommandGuard.SetAction(command, host, "restore", parse => CommonOptions.ReadFormat(parse, _output), RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CommandOutput output, CancellationToken cancellationToken)
    {
        var from = parse.GetRequiredValue(_from);
        var snapshot = await SnapshotSource.ReadAsync(host, from, parse.GetValue(_profile), cancellationToken).ConfigureAwait(false);
        var entries = snapshot.Entries;
        if (parse.GetValue(_policy) is { } key)
        {
            entries = [.. entries.Where(e => e.Key == key)];
            if (entries.Count == 0)
            {
                throw CliException.Usage($"--policy '{key}' is not an entry of {from} (its keys: {string.Join(", ", snapshot.Entries.Select(e => e.Key))}).");
            }
        }

        var existing = entries.Where(e => e.PolicyContent is not null).ToList();
        if (existing.Count == 0)
        {
            throw new CliException($"{from} holds no policy content: '{entries[0].PolicyName}' did not exist when it was taken, and restore never deletes.");
        }

        var owner = snapshot.Owner ?? PolicyIdentity.DefaultOwner;
        var set = new PolicySet(owner, [.. existing.Select(e => Desired(e, owner, from))]) { AdoptsLegacyTag = snapshot.Policies is null };
        var source = S3IsSource(from) ? from : host.ResolvePath(from);
        var sources = set.Entries.ToDictionary(e => e.Key, e => new Policies.PolicyFile(source, e.Document, PolicyOrigins.Snapshot), StringComparer.Ordinal);
        var connection = new ConnectionRequest(false, null, parse.GetValue(_profile), set)
        {
            RequestTimeout = TimeSpan.FromSeconds(parse.GetValue(_timeout)),
            Retry = host.Retry,
        };
        var settings = new OrganizationSettings(set, sources, connection, parse.GetValue(_emitMetrics));
        var request = new HealRequest(
            settings,
            parse.GetValue(_yes),
            host.ResolvePath(parse.GetValue(_snapshotDirectory) ?? "snapshots"),
            parse.GetValue(_skipUnknownTargets))
        {
            NotesFor = result => Notes(snapshot, entries, result),
            RefusalFor = (result, simulated) => SnapshotOrigin.Mismatch(snapshot, from, result.Root, simulated),
        };
        return await new HealWorkflow(host, output).RunAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The entry as the snapshot saw it: its name, its content (which Organizations accepted then, so it is checked as
    /// AWS would check it; an entry of a set may hold only what it changes) and the targets it was attached to.
    /// </summary>
    private static DesiredState Desired(PolicySnapshot entry, string owner, string from)
    {
        PolicyDocument document;
        try
        {
            document = PolicyDocument.Parse(entry.PolicyContent!, PolicyScope.Partial);
        }
        catch (PolicyDocumentException e)
        {
            throw new CliException($"the policy content of '{entry.Key}' in {from} is not a valid backup policy: {string.Join("; ", e.Errors)}", e);
        }

        return new DesiredState(entry.PolicyName, HealerDefaults.PolicyDescription, document, entry.AttachedTargetIds, HealerMode.Enforce, new PolicyIdentity(owner, entry.Key));
    }

    private static bool S3IsSource(string from) => from.StartsWith("s3://", StringComparison.OrdinalIgnoreCase);

    private static List<string> Notes(StateSnapshot snapshot, IReadOnlyList<PolicySnapshot> entries, SetReconcileResult result)
    {
        var notes = new List<string>
        {
            $"restoring the snapshot taken {snapshot.TakenAt:u} ({snapshot.Trigger}); restore never detaches or deletes anything.",
        };
        notes.AddRange(entries.Where(e => e.PolicyContent is null).Select(e => $"'{e.Key}' ({e.PolicyName}) did not exist when the snapshot was taken: it is left as it is."));
        foreach (var entry in result.Completed)
        {
            var attached = entries.FirstOrDefault(e => e.Key == entry.Key)?.AttachedTargetIds ?? [];
            var extra = entry.Observed.Attachments.Select(a => a.TargetId).Except(attached, StringComparer.Ordinal).ToList();
            if (extra.Count > 0)
            {
                notes.Add($"the policy{(result.Entries.Count > 1 ? $" of '{entry.Key}'" : "")} stays attached to {string.Join(", ", extra)} (attached now, not in the snapshot); detach it yourself if that is wrong.");
            }
        }

        return notes;
    }
}
