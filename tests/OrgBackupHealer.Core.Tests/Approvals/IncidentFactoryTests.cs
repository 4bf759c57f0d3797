using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Incidents;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Approvals;

/// <summary>Each situation the healer tells people about becomes exactly one incident of its kind.</summary>
public sealed class IncidentFactoryTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task DriftOfAReportModeEntryIsOneDriftReportedIncidentWithTheActor()
    {
        var organization = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        organization.DetachPolicy(organization.FindPolicyId(HealerDefaults.PolicyName)!, organization.RootId);

        var result = await ReconcileAsync(organization, HealerMode.Report, [DesiredState.RootTarget]);
        var incident = Assert.Single(IncidentFactory.FromReconcile(result, false, "arn:aws:iam::111111111111:user/mallory"));

        Assert.Equal(IncidentKind.DriftReported, incident.Kind);
        Assert.Equal("arn:aws:iam::111111111111:user/mallory", incident.DriftActor);
        Assert.Contains(incident.Changes, c => c.StartsWith("AttachPolicy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARepairIsOnePolicyRepairedIncidentWithItsFixesAndSnapshot()
    {
        var organization = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        organization.EditPolicyContent(organization.FindPolicyId(HealerDefaults.PolicyName)!, SamplePolicies.Edited);

        var result = await ReconcileAsync(organization, HealerMode.Enforce, [DesiredState.RootTarget]);
        var incident = Assert.Single(IncidentFactory.FromReconcile(result, false, null));

        Assert.Equal(IncidentKind.PolicyRepaired, incident.Kind);
        Assert.Contains(incident.Fixes, f => f.StartsWith("UpdatePolicy", StringComparison.Ordinal));
        Assert.Contains(incident.Changes, c => c.StartsWith("$.plans", StringComparison.Ordinal));
        Assert.NotNull(incident.Snapshot);
    }

    [Fact]
    public async Task AMissingTargetIsOneTargetUnreachableIncidentNamingIt()
    {
        var organization = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);

        var result = await ReconcileAsync(organization, HealerMode.Enforce, [DesiredState.RootTarget, "ou-ab12-deleted1"]);
        var incident = Assert.Single(IncidentFactory.FromReconcile(result, false, null), i => i.Kind == IncidentKind.TargetUnreachable);

        Assert.Equal(["ou-ab12-deleted1"], incident.Targets);
    }

    [Fact]
    public async Task ANameSquatterWithoutTheEntrysPolicyIsOneOwnershipConflictIncident()
    {
        var organization = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        organization.DeletePolicy(organization.FindPolicyId(HealerDefaults.PolicyName)!);
        organization.CreatePolicy(Core.Organizations.PolicyTypes.BackupPolicy, HealerDefaults.PolicyName, SamplePolicies.Shipped);

        var result = await ReconcileAsync(organization, HealerMode.Enforce, [DesiredState.RootTarget]);
        var incident = Assert.Single(IncidentFactory.FromReconcile(result, false, null));

        Assert.Equal(IncidentKind.OwnershipConflict, incident.Kind);
        Assert.Equal(FailureReasons.OwnershipConflict, incident.Reason);
    }

    [Fact]
    public async Task ATrippedFlapGuardIsOneFlapGuardTrippedIncident()
    {
        var organization = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);

        var result = await ReconcileAsync(organization, HealerMode.Report, [DesiredState.RootTarget]);

        Assert.Equal(IncidentKind.FlapGuardTripped, Assert.Single(IncidentFactory.FromReconcile(result, true, null)).Kind);
    }

    [Fact]
    public void AnAccountWithoutItsPlansInEffectIsOneCoverageGapAndAStalledCheckOneCoverageIncomplete()
    {
        var invalid = new AccountCoverage("111122223333", "workload-1", "Root/Workloads", [], [], true, []);
        var stalled = new CoverageReport([invalid], 1, 3, []) { Walk = new CoverageWalk(true, false, [], 0, 0, 0) };

        var incidents = IncidentFactory.FromCoverage(new CoverageOutcome(stalled, CoverageProgress.Start));

        Assert.Equal([IncidentKind.CoverageGap, IncidentKind.CoverageIncomplete], incidents.Select(i => i.Kind));
        Assert.Equal(["111122223333"], incidents[0].Targets);
        Assert.Equal(CoverageIncomplete.NoProgress, incidents[1].Reason);
    }

    [Fact]
    public async Task AHealthyReconcileTellsNobodyAnything()
    {
        var organization = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);

        var result = await ReconcileAsync(organization, HealerMode.Enforce, [DesiredState.RootTarget]);

        Assert.Empty(IncidentFactory.FromReconcile(result, false, null));
    }

    private Task<SetReconcileResult> ReconcileAsync(SimulatedOrganization organization, HealerMode mode, IReadOnlyList<string> targets)
    {
        var desired = DesiredState.For(HealerDefaults.PolicyName, PolicyDocument.Parse(SamplePolicies.Shipped), targets, mode);
        var reconciler = new Reconciler(organization, new RecordingMetrics(), new RecordingSnapshotSink(() => 0), _time);
        return reconciler.ReconcileAsync(PolicySet.SinglePolicy(desired), "test", default);
    }
}
