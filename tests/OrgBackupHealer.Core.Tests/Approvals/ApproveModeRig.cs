using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Approvals;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Pipeline;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Core.Tests.Batching;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Approvals;

/// <summary>A simulated organization, a pipeline whose one entry is in approve mode, its proposals and its incidents.</summary>
internal sealed class ApproveModeRig
{
    public ApproveModeRig(HealerMode mode = HealerMode.Approve)
    {
        var desired = DesiredState.For(HealerDefaults.PolicyName, PolicyDocument.Parse(SamplePolicies.Shipped), [DesiredState.RootTarget], mode);
        Set = PolicySet.SinglePolicy(desired);
        Pipeline = HealerPipeline.Compose(
            new PipelineSettings(Set, null, new SafetyOptions(), 0),
            Organization, new InMemoryHealerStateStore(), new Core.Coverage.InMemoryCoverageProgressStore(), new RecordingMetrics(),
            new RecordingSnapshotSink(() => 0), Report, Time, new Random(7), new IncidentPorts(Proposals, Incidents, Incidents));
        PolicyId = Organization.FindPolicyId(HealerDefaults.PolicyName)!;
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));

    public SimulatedOrganization Organization { get; } = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);

    public InMemoryProposalStore Proposals { get; } = new();

    public RecordingIncidentSink Incidents { get; } = new();

    public RecordingHealerReport Report { get; } = new();

    public BatchEvents Events { get; } = new();

    public PolicySet Set { get; }

    public HealerPipeline Pipeline { get; }

    public string PolicyId { get; }

    public bool AttachedToRoot => Organization.Capture().Policies.Single(p => p.Id == PolicyId).TargetIds.Contains(Organization.RootId);

    /// <summary>A drift event naming the managed policy, handled as the function handles it.</summary>
    public Task<EventOutcome> DriftAsync() =>
        Pipeline.HandleEventAsync(Events.Drift(Time.GetUtcNow(), PolicyId).Body, new InvocationContext($"req-{Guid.NewGuid():N}", Time.GetUtcNow().AddMinutes(5)), default);

    public Task<ApprovalResult> ApproveAsync(string id) => Pipeline.HandleApprovalAsync(id, "ssm-automation:exec-1", default);
}
