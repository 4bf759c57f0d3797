using OrgBackupHealer.Cli.Metrics;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.Policies;
using OrgBackupHealer.Cli.Snapshots;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Demo;

/// <summary>
/// The main job on a simulated organization: break it every way, heal it after each break, prove each end state
/// from the organization itself, then show that a healthy organization costs zero writes.
/// </summary>
internal sealed class DemoRunner(CliHost host)
{
    private const string OrganizationalUnit = "Workloads";

    private TextWriter Out => host.Console.Out;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var policy = PolicyFile.Load(host, requestedPath: null);
        var organization = SimulatedOrganizations.CreateHealthy(policy.Document.Content, ["root", OrganizationalUnit], HealerDefaults.PolicyName);
        var ouId = organization.TargetIdOf(OrganizationalUnit);
        var desired = DesiredState.For(HealerDefaults.PolicyName, policy.Document, ["root", ouId], HealerMode.Enforce);
        var baseline = organization.Capture();
        using var session = SimulatedOrganizations.Open(organization, host.Time, host.Retry);

        Out.WriteLine($"Simulated organization {organization.OrganizationId}: root {organization.RootId}, OU {OrganizationalUnit} {ouId}.");
        Out.WriteLine($"Desired: '{desired.PolicyName}' from {policy.Path}, attached to root and {OrganizationalUnit}.");
        var healed = 0;
        for (var i = 0; i < DemoScenario.All.Count; i++)
        {
            var scenario = DemoScenario.All[i];
            Out.WriteLine();
            Out.WriteLine($"=== Scenario {i + 1}/{DemoScenario.All.Count}: {scenario.Title}");
            foreach (var kind in scenario.Breaks)
            {
                new OrganizationBreaker(organization, desired.PolicyName).Apply(kind, ouId);
            }

            if (await HealAsync(organization, session, baseline, desired, cancellationToken).ConfigureAwait(false))
            {
                healed++;
            }
        }

        var quiet = await ShowHealthyRunAsync(organization, session, desired, cancellationToken).ConfigureAwait(false);
        Out.WriteLine();
        Out.WriteLine($"Summary: {healed}/{DemoScenario.All.Count} scenarios ended healthy; the healthy run made {(quiet ? "zero" : "unexpected")} writes.");
        return healed == DemoScenario.All.Count && quiet ? ExitCodes.Success : ExitCodes.Error;
    }

    private async Task<bool> HealAsync(
        SimulatedOrganization organization, OrganizationSession session, OrganizationPicture baseline, DesiredState desired, CancellationToken cancellationToken)
    {
        organization.ResetCounters();
        using var emf = new StringWriter();
        var metrics = new MetricsRecorder();
        var snapshots = new MemorySnapshotSink();
        var result = await session.CreateReconciler(metrics, snapshots, host.Time)
            .ReconcileAsync(desired, "demo", cancellationToken).ConfigureAwait(false);

        Out.WriteLine("Found:");
        TableReport.Plan(Out, result.Plan);
        Out.WriteLine("Fixed:");
        TableReport.Applied(Out, result.Applied, "Applied");
        foreach (var snapshot in snapshots.Snapshots)
        {
            Out.WriteLine($"Snapshot before the first write: BACKUP_POLICY {snapshot.BackupPolicyTypeStatus ?? "not enabled"}, policy {snapshot.PolicyId ?? "missing"}, attached to {TableReport.Describe(snapshot.AttachedTargetIds)}");
        }

        TableReport.AutoFixMetrics(Out, metrics.AutoFixByFixType());
        CliMetrics.Emit(metrics, emf, host.Time);
        Out.WriteLine("Metrics emitted (CloudWatch Embedded Metric Format, as the Lambda writes them):");
        Out.Write(emf.ToString());
        Out.WriteLine($"Calls: {Calls(organization)}");
        var problems = HealthCheck.Problems(baseline, organization.Capture(), desired);
        Out.WriteLine(problems.Count == 0
            ? "Result: healthy (checked against the organization's own state; nothing else was touched)."
            : $"Result: NOT healthy: {string.Join("; ", problems)}.");
        return problems.Count == 0;
    }

    private async Task<bool> ShowHealthyRunAsync(
        SimulatedOrganization organization, OrganizationSession session, DesiredState desired, CancellationToken cancellationToken)
    {
        Out.WriteLine();
        Out.WriteLine("=== Healthy organization: one more run");
        organization.ResetCounters();
        var result = await session.CreateReconciler(new MetricsRecorder(), new NoSnapshots(), host.Time)
            .ReconcileAsync(desired, "demo", cancellationToken).ConfigureAwait(false);
        TableReport.Plan(Out, result.Plan);
        Out.WriteLine($"Calls: {Calls(organization)}");
        return !result.DriftFound && organization.TotalWrites == 0;
    }

    private static string Calls(SimulatedOrganization organization)
    {
        var counts = organization.CallCounts;
        var reads = string.Join(", ", counts.Where(c => !OrganizationsOperations.IsWrite(c.Key)).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));
        var writes = string.Join(", ", counts.Where(c => OrganizationsOperations.IsWrite(c.Key)).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));
        return $"reads {reads}; writes {organization.TotalWrites}{(writes.Length == 0 ? "" : $" ({writes})")}";
    }
}
