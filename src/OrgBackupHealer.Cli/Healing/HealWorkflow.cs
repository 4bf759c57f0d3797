using OrgBackupHealer.Cli.Metrics;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.Snapshots;
using OrgBackupHealer.Cli.Terminal;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Healing;

/// <summary>
/// Plan (reads only) → show → confirm → reconcile in enforce mode, which snapshots the observed state to a file
/// before its first write → check again. Exit 0 only when the final check finds the organization healthy.
/// </summary>
internal sealed class HealWorkflow(CliHost host)
{
    public async Task<int> RunAsync(HealRequest request, CancellationToken cancellationToken)
    {
        using var session = host.Organizations.Connect(request.Connection);
        var console = host.Console;
        // In JSON mode stdout carries exactly one object; the human-facing plan and prompt go to stderr.
        var human = request.Format == OutputFormat.Json ? console.Error : console.Out;
        var check = new Reconciler(session.Port, new FixCounter(), new NoSnapshots(), host.Time, session.ReconcilerOptions);
        var reportMode = request.Desired with { Mode = HealerMode.Report };

        var before = await check.ReconcileAsync(reportMode, $"cli-{request.Command}-plan", cancellationToken).ConfigureAwait(false);
        TableReport.Observed(human, session.Description, request.Desired.PolicyName, before.Observed);
        var notes = request.NotesFor(before.Observed);
        foreach (var note in notes)
        {
            human.WriteLine("Note: " + note);
        }

        TableReport.Plan(human, before.Plan);
        if (!before.DriftFound)
        {
            WriteJson(request, session, healthy: true, [], snapshot: null, new FixCounter(), notes);
            return ExitCodes.Success;
        }

        if (!request.AssumeYes && !Confirmation.Ask(console, $"Apply these {before.Plan.Count} change(s) to {session.Description}?"))
        {
            console.Error.WriteLine("Cancelled: nothing was written.");
            return ExitCodes.Error;
        }

        // The EMF lines the Lambda would write go to stderr; the summary table below counts the same metrics.
        var metrics = CliMetrics.WritingEmfTo(console.Error, host.Time);
        var snapshots = new FileSnapshotSink(host.ResolvePath(request.SnapshotDirectory), session.Simulated);
        var result = await new Reconciler(session.Port, metrics, snapshots, host.Time, session.ReconcilerOptions)
            .ReconcileAsync(request.Desired, $"cli-{request.Command}", cancellationToken).ConfigureAwait(false);
        var after = await check.ReconcileAsync(reportMode, $"cli-{request.Command}-check", cancellationToken).ConfigureAwait(false);

        human.WriteLine();
        TableReport.Applied(human, result.Applied);
        human.WriteLine(snapshots.WrittenPath is { } path
            ? $"Snapshot of the state before the first write: {path}"
            : "No write was needed when the changes were applied (another writer fixed it), so no snapshot was taken.");
        TableReport.AutoFixMetrics(human, metrics.AutoFixByName());
        WriteJson(request, session, !after.DriftFound, JsonReport.Applied(result.Applied), snapshots.WrittenPath, metrics, notes);
        if (after.DriftFound)
        {
            console.Error.WriteLine(
                $"error: the organization still drifts after {request.Command} ({string.Join(", ", after.Plan.Select(a => $"{a.Type} {a.Target}"))}); another writer may be changing it. Run plan to see the current state.");
            return ExitCodes.Error;
        }

        human.WriteLine("The organization is healthy.");
        return ExitCodes.Success;
    }

    private void WriteJson(
        HealRequest request, OrganizationSession session, bool healthy, IReadOnlyList<ActionReport> actions, string? snapshot, FixCounter metrics, IReadOnlyList<string> notes)
    {
        if (request.Format == OutputFormat.Json)
        {
            JsonReport.Write(host.Console.Out, new CommandReport(
                request.Command, session.Description, request.Desired.PolicyName, healthy, actions, snapshot, metrics.AutoFixByName(), notes.Count == 0 ? null : notes));
        }
    }
}
