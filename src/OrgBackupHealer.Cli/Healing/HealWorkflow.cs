using OrgBackupHealer.Cli.Commands;
using OrgBackupHealer.Cli.Metrics;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.Snapshots;
using OrgBackupHealer.Cli.Terminal;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Healing;

/// <summary>
/// Plan the whole set (reads only) → refuse or show → confirm → reconcile in enforce mode, which snapshots the
/// observed set to a file before its first write → check again. Unknown targets stop it before any write unless the
/// request says to skip them. An entry that cannot be healed (another owner's policy, two candidates) is reported and
/// the others are healed. Whatever happens, the report says what was written and where the snapshot is.
/// </summary>
internal sealed class HealWorkflow(CliHost host, CommandOutput output)
{
    private TextWriter Human => output.Human;

    public async Task<int> RunAsync(HealRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = request.Settings;
        using var session = host.Organizations.Connect(settings.Connection with { Progress = output.Error });
        var check = session.CreateReconciler(new MetricsRecorder(), new NoSnapshots(), host.Time);
        var reportMode = settings.In(HealerMode.Report);

        var before = await check.ReconcileAsync(reportMode, $"cli-{output.Command}-plan", cancellationToken).ConfigureAwait(false);
        ThrowIfTheOnlyEntryFailed(before);
        var organization = JsonReport.Organization(session, SetReport.FirstObserved(before, settings));
        var report = new CommandReport(output.Command, "", 0)
        {
            Healthy = false,
            Organization = organization,
            Policy = settings.PolicyReport(before.Entries[0].Key, SetReport.Observed(before.Entries[0])),
            Policies = SetReport.Entries(before, settings, applied: false),
            Actions = [],
            UnknownTargets = JsonReport.Unknown(before),
        };
        if (request.RefusalFor(before, session.Simulated) is { } refusal)
        {
            return CommandGuard.Report(output, new Failure(refusal, new(refusal, Failure.InputKind), ExitCodes.Error), report);
        }

        SetReport.Header(Human, organization, settings, before);
        var notes = request.NotesFor(before);
        foreach (var note in notes)
        {
            Human.WriteLine("Note: " + note);
        }

        report = report with { Notes = notes.Count == 0 ? null : notes, Actions = JsonReport.Planned(Plan(before)) };
        SetReport.Plan(Human, before);
        var unknown = before.UnreachableTargets.Select(u => u.Target).ToList();
        TableReport.UnknownTargets(Human, unknown, TableReport.Name(organization));
        if (unknown.Count > 0 && !request.SkipUnknownTargets)
        {
            var ids = string.Join(", ", unknown.Select(u => u.TargetId).Distinct(StringComparer.Ordinal));
            var message = $"nothing was written: {ids} {(unknown.Count == 1 ? "does" : "do")} not exist in organization {organization.Id ?? organization.RootId}. "
                + "Correct the targets, or re-run with --skip-unknown-targets to fix everything else now.";
            output.ErrorLine(message);
            output.Document(report with { Status = ReportStatus.UnknownTargets, ExitCode = ExitCodes.UnknownTargets, Error = new(message, Failure.InputKind) });
            return ExitCodes.UnknownTargets;
        }

        var changes = Plan(before).Count;
        if (changes == 0)
        {
            return Finish(settings, report with { Healthy = unknown.Count == 0 && before.Failures.Count == 0 }, before, new MetricsRecorder());
        }

        if (!request.AssumeYes && NotConfirmed(changes, organization) is { } declined)
        {
            output.Document(report with { Status = ReportStatus.Declined, ExitCode = ExitCodes.NotConfirmed, Error = declined });
            return ExitCodes.NotConfirmed;
        }

        var metrics = new MetricsRecorder();
        var snapshots = new FileSnapshotSink(request.SnapshotDirectory, session.Simulated);
        SetReconcileResult result;
        SetReconcileResult after;
        try
        {
            result = await session.CreateReconciler(metrics, snapshots, host.Time)
                .ReconcileAsync(settings.In(HealerMode.Enforce), $"cli-{output.Command}", cancellationToken).ConfigureAwait(false);
            ThrowIfTheOnlyEntryFailed(result);
            after = await check.ReconcileAsync(reportMode, $"cli-{output.Command}-check", cancellationToken).ConfigureAwait(false);
        }
        catch (ReconcileException e)
        {
            var snapshot = e.Snapshot?.Location ?? snapshots.WrittenPath;
            Human.WriteLine();
            TableReport.Applied(Human, e.Applied, "Applied before the stop");
            SnapshotLine(snapshot, stopped: true);
            var failure = FailureText.For(e) ?? FailureText.Unexpected(e);
            var code = CommandGuard.Report(output, failure, report with { Actions = JsonReport.Applied(e.Applied), Snapshot = snapshot, Metrics = metrics.Report() });
            EmitMetrics(settings, metrics);
            return code;
        }

        var applied = Applied(result);
        Human.WriteLine();
        TableReport.Applied(Human, applied, "Applied");
        var refused = result.UnreachableTargets.Except(before.UnreachableTargets).ToList();
        TableReport.RefusedTargets(Human, [.. refused.Select(u => u.Target)], TableReport.Name(organization));
        SnapshotLine(snapshots.WrittenPath, stopped: false);
        TableReport.AutoFixMetrics(Human, metrics.AutoFixByFixType());
        report = report with
        {
            Actions = JsonReport.Applied(applied),
            Policies = SetReport.Entries(result, settings, applied: true),
            Snapshot = snapshots.WrittenPath,
            UnknownTargets = JsonReport.Unknown(result),
        };
        // What still drifts, apart from the entries that stopped (they are reported as failed below) and the attachments
        // Organizations refused (reported as unreachable targets, not as someone else's change).
        var stopped = result.Entries.Where(e => e.Failure is not null).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var unreachable = result.UnreachableTargets.Select(u => (u.Policy, u.Target.TargetId)).ToHashSet();
        var left = Plan(after)
            .Where(a => a.Policy is null || !stopped.Contains(a.Policy))
            .Where(a => a.Type != ActionType.AttachPolicy || !unreachable.Contains((a.Policy ?? "", a.Target)))
            .ToList();
        if (left.Count > 0)
        {
            var message = $"the organization still drifts after {output.Command} ({string.Join(", ", left.Select(a => $"{a.Type} {a.Target}"))}); "
                + "another writer may be changing it. Run plan to see the current state.";
            var code = CommandGuard.Report(output, new Failure(message, new(message, Failure.TerminalKind), ExitCodes.Error), report with { Metrics = metrics.Report() });
            EmitMetrics(settings, metrics);
            return code;
        }

        return Finish(settings, report with { Healthy = !result.UnreachableTargets.Any() && result.Failures.Count == 0 }, result, metrics, repaired: true);
    }

    /// <summary>A set of one that cannot be healed fails the command as a single policy always has.</summary>
    private static void ThrowIfTheOnlyEntryFailed(SetReconcileResult result)
    {
        if (result.OnlyEntryFailure is { } only)
        {
            throw only;
        }
    }

    private static List<PlannedAction> Plan(SetReconcileResult result) => [.. result.SharedPlan, .. result.Completed.SelectMany(r => r.Plan)];

    private static List<AppliedAction> Applied(SetReconcileResult result) =>
        [.. result.SharedApplied, .. result.Completed.SelectMany(r => r.Applied), .. result.Failures.SelectMany(f => f.Applied)];

    private int Finish(OrganizationSettings settings, CommandReport report, SetReconcileResult result, MetricsRecorder metrics, bool repaired = false)
    {
        var unknown = result.UnreachableTargets.Select(u => u.Target.TargetId).Distinct(StringComparer.Ordinal).ToList();
        int exitCode;
        string status;
        ErrorReport? error = null;
        if (result.Failures.Count > 0)
        {
            (status, exitCode) = (ReportStatus.Failed, ExitCodes.Error);
            var message = $"{string.Join(", ", result.Entries.Where(e => e.Failure is not null).Select(e => $"'{e.Key}'"))} could not be healed (see above); the other entries are as desired.";
            output.ErrorLine(message);
            error = new ErrorReport(message, Failure.TerminalKind);
        }
        else if (unknown.Count > 0)
        {
            (status, exitCode) = (ReportStatus.UnknownTargets, ExitCodes.UnknownTargets);
            Human.WriteLine($"Everything else is as desired; {string.Join(", ", unknown)} could not be given the policy (the table above says why).");
        }
        else
        {
            (status, exitCode) = (repaired ? ReportStatus.Repaired : ReportStatus.Healthy, ExitCodes.Success);
            if (repaired)
            {
                Human.WriteLine("The organization is healthy.");
            }
        }

        output.Document(report with { Status = status, ExitCode = exitCode, Metrics = metrics.Report(), Error = error });
        EmitMetrics(settings, metrics);
        return exitCode;
    }

    /// <summary>Null when the user said yes; otherwise why nothing will be written (also printed on stderr).</summary>
    private ErrorReport? NotConfirmed(int changes, OrganizationReport organization) =>
        Confirmation.Refusal(host.Console, output, $"Apply these {changes} change(s) to organization {TableReport.Name(organization)}?", "apply the plan shown above");

    private void SnapshotLine(string? path, bool stopped) => Human.WriteLine(path switch
    {
        not null => $"Snapshot of the state before the first write: {path}",
        null when stopped => "No snapshot was taken: the run stopped before its first write.",
        _ => "No write was needed when the changes were applied (another writer fixed it), so no snapshot was taken.",
    });

    private void EmitMetrics(OrganizationSettings settings, MetricsRecorder metrics)
    {
        if (settings.EmitMetrics)
        {
            CliMetrics.Emit(metrics, output.Error, host.Time);
        }
    }
}
