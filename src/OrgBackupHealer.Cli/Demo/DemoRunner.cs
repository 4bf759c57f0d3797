using OrgBackupHealer.Cli.Metrics;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.Policies;
using OrgBackupHealer.Cli.Snapshots;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Demo;

/// <summary>
/// The main job on a simulated organization with a two-tier policy set (a baseline on the root and the Workloads OU,
/// a production tier on the Production OU, an exemption for one account): break it every way, heal it after each
/// break, prove each end state from the organization itself, show that a healthy organization costs zero writes, and
/// show what the coverage check says about every account, the exempt one included.
/// </summary>
internal sealed class DemoRunner(CliHost host)
{
    private const string OrganizationalUnit = "Workloads";
    private const string ProductionUnit = "Production";
    private const string ExemptAccount = "sandbox-1";
    private const string ExpiringAccount = "audit";

    private TextWriter Out => host.Console.Out;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var baselineFile = PolicyFile.Load(host, requestedPath: null);
        var organization = SimulatedOrganizations.CreateHealthy(TwoTierSet(baselineFile.Document));
        var set = Resolved(TwoTierSet(baselineFile.Document), organization);
        var baseline = organization.Capture();
        using var session = SimulatedOrganizations.Open(organization, host.Time, host.Retry);

        Out.WriteLine($"Simulated organization {organization.OrganizationId}: root {organization.RootId}, OU {OrganizationalUnit} {organization.TargetIdOf(OrganizationalUnit)}, OU {ProductionUnit} {organization.TargetIdOf(ProductionUnit)}.");
        Out.WriteLine($"Desired: the policy set of owner '{set.Owner}', two tiers:");
        foreach (var entry in set.Entries)
        {
            Out.WriteLine($"  [{entry.Key}] '{entry.PolicyName}' attached to {TableReport.Describe(entry.TargetIds)}"
                + string.Concat(entry.Exemptions.Select(x => $"; exempts {x.Target} until {x.Expires:yyyy-MM-dd} ({x.Owner}: {x.Reason})")));
        }

        var healed = 0;
        for (var i = 0; i < DemoScenario.All.Count; i++)
        {
            var scenario = DemoScenario.All[i];
            Out.WriteLine();
            Out.WriteLine($"=== Scenario {i + 1}/{DemoScenario.All.Count}: {scenario.Title}");
            var entry = set.Find(scenario.Policy)!;
            var detachFrom = SimulatedOrganizations.DetachTarget(organization, entry.TargetIds);
            foreach (var kind in scenario.Breaks)
            {
                new OrganizationBreaker(organization, entry.PolicyName).Apply(kind, detachFrom);
            }

            if (await HealAsync(organization, session, baseline, set, cancellationToken).ConfigureAwait(false))
            {
                healed++;
            }
        }

        var quiet = await ShowHealthyRunAsync(organization, session, set, cancellationToken).ConfigureAwait(false);
        await ShowCoverageAsync(session, set, cancellationToken).ConfigureAwait(false);
        Out.WriteLine();
        Out.WriteLine($"Summary: {healed}/{DemoScenario.All.Count} scenarios ended healthy; the healthy run made {(quiet ? "zero" : "unexpected")} writes.");
        return healed == DemoScenario.All.Count && quiet ? ExitCodes.Success : ExitCodes.Error;
    }

    /// <summary>The demo's set: the baseline on the root and the Workloads OU, the production tier on the Production OU, two exemptions.</summary>
    private PolicySet TwoTierSet(PolicyDocument baselineDocument)
    {
        const string owner = "demo";
        var production = PolicyDocument.Parse(TextFiles.ReadUtf8(Path.Combine(host.AppDirectory, "policies", "prod.json"), TextFiles.MaxPolicyFileBytes), PolicyScope.Partial);
        var today = DateOnly.FromDateTime(host.Time.GetUtcNow().UtcDateTime);
        var baseline = new DesiredState(HealerDefaults.PolicyName, HealerDefaults.PolicyDescription, baselineDocument, ["root", OrganizationalUnit], HealerMode.Enforce, new PolicyIdentity(owner, DemoScenario.Baseline))
        {
            Exemptions =
            [
                new Exemption(ExemptAccount, "Sandbox accounts keep their own backups during the pilot", "team-sandbox", today.AddDays(60)),
                new Exemption(ExpiringAccount, "Audit account migrates to the security tier", "team-security", today.AddDays(7)),
            ],
        };
        var prod = new DesiredState("org-backup-prod", "Production tier, kept in place by OrgBackupHealer", production, [ProductionUnit], HealerMode.Enforce, new PolicyIdentity(owner, DemoScenario.Production));
        return new PolicySet(owner, [baseline, prod]);
    }

    private async Task<bool> HealAsync(
        SimulatedOrganization organization, OrganizationSession session, OrganizationPicture baseline, PolicySet set, CancellationToken cancellationToken)
    {
        organization.ResetCounters();
        using var emf = new StringWriter();
        var metrics = new MetricsRecorder();
        var snapshots = new MemorySnapshotSink();
        var result = await session.CreateReconciler(metrics, snapshots, host.Time).ReconcileAsync(set, "demo", cancellationToken).ConfigureAwait(false);

        Out.WriteLine("Found:");
        SetReport.Plan(Out, result);
        Out.WriteLine("Fixed:");
        TableReport.Applied(Out, [.. result.SharedApplied, .. result.Completed.SelectMany(r => r.Applied)], "Applied");
        foreach (var snapshot in snapshots.Snapshots)
        {
            Out.WriteLine($"Snapshot before the first write: BACKUP_POLICY {snapshot.BackupPolicyTypeStatus ?? "not enabled"}; "
                + string.Join("; ", snapshot.Entries.Select(e => $"[{e.Key}] policy {e.PolicyId ?? "missing"}, attached to {TableReport.Describe(e.AttachedTargetIds)}")));
        }

        TableReport.AutoFixMetrics(Out, metrics.AutoFixByFixType());
        CliMetrics.Emit(metrics, emf, host.Time);
        Out.WriteLine("Metrics emitted (CloudWatch Embedded Metric Format, as the Lambda writes them):");
        Out.Write(emf.ToString());
        Out.WriteLine($"Calls: {Calls(organization)}");
        var problems = HealthCheck.Problems(baseline, organization.Capture(), set);
        Out.WriteLine(problems.Count == 0
            ? "Result: healthy (checked against the organization's own state; nothing else was touched)."
            : $"Result: NOT healthy: {string.Join("; ", problems)}.");
        return problems.Count == 0;
    }

    private async Task<bool> ShowHealthyRunAsync(SimulatedOrganization organization, OrganizationSession session, PolicySet set, CancellationToken cancellationToken)
    {
        Out.WriteLine();
        Out.WriteLine("=== Healthy organization: one more run");
        organization.ResetCounters();
        var result = await session.CreateReconciler(new MetricsRecorder(), new NoSnapshots(), host.Time)
            .ReconcileAsync(set, "demo", cancellationToken).ConfigureAwait(false);
        SetReport.Plan(Out, result);
        Out.WriteLine($"Calls: {Calls(organization)}");
        return !result.DriftFound && organization.TotalWrites == 0;
    }

    private async Task ShowCoverageAsync(OrganizationSession session, PolicySet set, CancellationToken cancellationToken)
    {
        Out.WriteLine();
        Out.WriteLine("=== Coverage: is each account's tier in effect, and who is exempt?");
        var report = await new CoverageCheck(session.Port, host.Time, new CoverageOptions()).RunAsync(set, cancellationToken).ConfigureAwait(false);
        CoverageTable.Accounts(Out, [.. report.Accounts.OrderBy(a => a.OuPath, StringComparer.Ordinal).ThenBy(a => a.AccountName, StringComparer.Ordinal)]);
        CoverageTable.Summary(Out, report);
    }

    /// <summary>The set with OU and account names turned into the simulated organization's ids, as an operator's set file holds them.</summary>
    private static PolicySet Resolved(PolicySet set, SimulatedOrganization organization) => set with
    {
        Entries =
        [
            .. set.Entries.Select(e => e with
            {
                TargetIds = [.. e.TargetIds.Select(t => t == DesiredState.RootTarget ? t : organization.TargetIdOf(t))],
                Exemptions = [.. e.Exemptions.Select(x => x with { Target = organization.TargetIdOf(x.Target) })],
            }),
        ],
    };

    private static string Calls(SimulatedOrganization organization)
    {
        var counts = organization.CallCounts;
        var reads = string.Join(", ", counts.Where(c => !OrganizationsOperations.IsWrite(c.Key)).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));
        var writes = string.Join(", ", counts.Where(c => OrganizationsOperations.IsWrite(c.Key)).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));
        return $"reads {reads}; writes {organization.TotalWrites}{(writes.Length == 0 ? "" : $" ({writes})")}";
    }
}
