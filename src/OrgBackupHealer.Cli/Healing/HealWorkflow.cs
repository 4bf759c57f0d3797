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
/// Plan (reads only) → refuse or show → confirm → reconcile in enforce mode, which snapshots the observed state to a
/// file before its first write → check again. Unknown targets stop it before any write unless the request says to
/// skip them. Whatever happens, the report says what was written and where the snapshot is.
/// </summary>
internal sealed class HealWorkflow(CliHost host, CommandOutput output)
{
    private TextWriter Human => output.Human;

    public async Task<int> RunAsync(HealRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var session = host.Organizations.Connect(request.Connection with { Progress = output.Error });
        var check = session.CreateReconciler(new MetricsRecorder(), new NoSnapshots(), host.Time);
        var reportMode = request.Desired with { Mode = HealerMode.Report };

        var before = await check.ReconcileAsync(reportMode, $"cli-{output.Command}-plan", cancellationToken).ConfigureAwait(false);
        var organization = JsonReport.Organization(session, before.Observed);
        var report = new CommandReport(output.Command, "", 0)
        {
            Healthy = false,
            Organization = organization,
            Policy = new PolicyReport(request.Desired.PolicyName, before.Observed.ManagedPolicy?.Summary.Id, request.PolicySource, request.PolicyOrigin),
            Actions = [],
            UnknownTargets = JsonReport.Unknown(before.UnreachableTargets),
        };
        if (request.RefusalFor(before.Observed, session.Simulated) is { } refusal)
        {
            return CommandGuard.Report(output, new Failure(refusal, new(refusal, Failure.InputKind), ExitCodes.Error), report);
        }

        TableReport.Header(Human, organization, report.Policy!, before.Observed);
        var notes = request.NotesFor(before.Observed);
        foreach (var note in notes)
        {
            Human.WriteLine("Note: " + note);
        }

        report = report with { Notes = notes.Count == 0 ? null : notes, Actions = JsonReport.Planned(before.Plan) };
        TableReport.Plan(Human, before.Plan);
        TableReport.UnknownTargets(Human, before.UnreachableTargets, TableReport.Name(organization));
        if (before.UnreachableTargets.Count > 0 && !request.SkipUnknownTargets)
        {
            var ids = string.Join(", ", before.UnreachableTargets.Select(u => u.TargetId));
            var message = $"nothing was written: {ids} {(before.UnreachableTargets.Count == 1 ? "does" : "do")} not exist in organization {organization.Id ?? organization.RootId}. "
                + "Correct the targets, or re-run with --skip-unknown-targets to fix everything else now.";
            output.ErrorLine(message);
            output.Document(report with { Status = ReportStatus.UnknownTargets, ExitCode = ExitCodes.UnknownTargets, Error = new(message, Failure.InputKind) });
            return ExitCodes.UnknownTargets;
        }

        if (!before.DriftFound)
        {
            return Finish(request, report with { Healthy = before.UnreachableTargets.Count == 0 }, before.UnreachableTargets, new MetricsRecorder());
        }

        if (!request.AssumeYes && NotConfirmed(before.Plan.Count, organization) is { } declined)
        {
            output.Document(report with { Status = ReportStatus.Declined, ExitCode = ExitCodes.NotConfirmed, Error = declined });
            return ExitCodes.NotConfirmed;
        }

        var metrics = new MetricsRecorder();
        var snapshots = new FileSnapshotSink(request.SnapshotDirectory, session.Simulated);
        ReconcileResult result;
        ReconcileResult after;
        try
        {
            result = await session.CreateReconciler(metrics, snapshots, host.Time)
                .ReconcileAsync(request.Desired, $"cli-{output.Command}", cancellationToken).ConfigureAwait(false);
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
            EmitMetrics(request, metrics);
            return code;
        }

        Human.WriteLine();
        TableReport.Applied(Human, result.Applied, "Applied");
        SnapshotLine(snapshots.WrittenPath, stopped: false);
        TableReport.AutoFixMetrics(Human, metrics.AutoFixByFixType());
        report = report with { Actions = JsonReport.Applied(result.Applied), Snapshot = snapshots.WrittenPath, UnknownTargets = JsonReport.Unknown(result.UnreachableTargets) };
        if (after.DriftFound)
        {
            var message = $"the organization still drifts after {output.Command} ({string.Join(", ", after.Plan.Select(a => $"{a.Type} {a.Target}"))}); "
                + "another writer may be changing it. Run plan to see the current state.";
            var code = CommandGuard.Report(output, new Failure(message, new(message, Failure.TerminalKind), ExitCodes.Error), report with { Metrics = metrics.Report() });
            EmitMetrics(request, metrics);
            return code;
        }

        return Finish(request, report with { Healthy = result.UnreachableTargets.Count == 0 }, result.UnreachableTargets, metrics, repaired: true);
    }

    private int Finish(HealRequest request, CommandReport report, IReadOnlyList<UnreachableTarget> unknown, MetricsRecorder metrics, bool repaired = false)
    {
        int exitCode;
        string status;
        if (unknown.Count > 0)
        {
            (status, exitCode) = (ReportStatus.UnknownTargets, ExitCodes.UnknownTargets);
            Human.WriteLine($"Everything else is as desired; {string.Join(", ", unknown.Select(u => u.TargetId))} could not be given the policy because {(unknown.Count == 1 ? "it does" : "they do")} not exist. Correct the targets.");
        }
        else
        {
            (status, exitCode) = (repaired ? ReportStatus.Repaired : ReportStatus.Healthy, ExitCodes.Success);
            if (repaired)
            {
                Human.WriteLine("The organization is healthy.");
            }
        }

        output.Document(report with { Status = status, ExitCode = exitCode, Metrics = metrics.Report() });
        EmitMetrics(request, metrics);
        return exitCode;
    }

    /// <summary>Null when the user said yes; otherwise why nothing will be written (also printed on stderr).</summary>
    private ErrorReport? NotConfirmed(int changes, OrganizationReport organization)
    {
        switch (Confirmation.Ask(host.Console, $"Apply these {changes} change(s) to organization {TableReport.Name(organization)}?"))
        {
            case ConfirmationAnswer.Yes:
                return null;
            case ConfirmationAnswer.NobodyToAsk:
                const string refused = "refusing to write without confirmation: stdin is not a terminal. Re-run with --yes to apply the plan shown above.";
                output.ErrorLine(refused);
                return new ErrorReport(refused, Failure.NotConfirmedKind);
            default:
                const string declined = "Declined: nothing was written.";
                output.Error.WriteLine(declined);
                return new ErrorReport(declined, Failure.NotConfirmedKind);
        }
    }

    private void SnapshotLine(string? path, bool stopped) => Human.WriteLine(path switch
    {
        not null => $"Snapshot of the state before the first write: {path}",
        null when stopped => "No snapshot was taken: the run stopped before its first write.",
        _ => "No write was needed when the changes were applied (another writer fixed it), so no snapshot was taken.",
    });

    private void EmitMetrics(HealRequest request, MetricsRecorder metrics)
    {
        if (request.EmitMetrics)
        {
            CliMetrics.Emit(metrics, output.Error, host.Time);
        }
    }
}
