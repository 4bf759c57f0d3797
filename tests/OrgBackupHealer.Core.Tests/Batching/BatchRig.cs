using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Batching;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Core.Tests.Events;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Batching;

/// <summary>
/// <see cref="SignalBatchProcessor"/> wired as the function wires it, on a fake clock, against a simulated organization
/// whose managed policy is detached from the root, with a state store that counts its requests.
/// </summary>
internal sealed class BatchRig
{
    private readonly SignalBatchProcessor _processor;

    /// <param name="snapshots">Where the reconcile saves its snapshot; by default <see cref="Snapshots"/>.</param>
    public BatchRig(SafetyOptions? safety = null, bool broken = true, ISnapshotSink? snapshots = null)
    {
        Organization = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        PolicyId = Organization.FindPolicyId(HealerDefaults.PolicyName)!;
        if (broken)
        {
            DetachFromRoot();
        }

        Organization.ResetCounters();
        Assert.True(HealerRole.TryParse(Fixtures.HealerRoleArn, out var role));
        var classifier = new EventClassifier(HealerDefaults.PolicyName, role);
        Snapshots = new RecordingSnapshotSink(() => Organization.TotalWrites);
        var reconciler = new Reconciler(Organization, Metrics, snapshots ?? Snapshots, Time);
        _processor = new SignalBatchProcessor(
            classifier, new SignalBatchGate(Store, Time, safety ?? new SafetyOptions(), StoreFaults), reconciler, Recent, StoreFaults, Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 11, 27, 16, 0, 0, TimeSpan.Zero));

    public SimulatedOrganization Organization { get; }

    /// <summary>The managed policy's id in the simulated organization.</summary>
    public string PolicyId { get; }

    public CountingStateStore Store { get; } = new();

    public RecentEventIds Recent { get; } = new();

    public RecordingMetrics Metrics { get; } = new();

    public RecordingStateStoreFaults StoreFaults { get; } = new();

    public RecordingSnapshotSink Snapshots { get; }

    public BatchEvents Events { get; } = new();

    public DateTimeOffset Now => Time.GetUtcNow();

    public DesiredState Desired { get; } = DesiredState.For(
        HealerDefaults.PolicyName, PolicyDocument.Parse(SamplePolicies.Shipped), [DesiredState.RootTarget], HealerMode.Enforce);

    public bool IsAttachedToRoot =>
        Organization.Capture().Policies.Single(p => p.Id == PolicyId).TargetIds.Contains(Organization.RootId);

    public void DetachFromRoot() => Organization.DetachPolicy(PolicyId, Organization.RootId);

    public async Task<BatchResult> ProcessAsync(params BatchRecord[] records)
    {
        return await _processor.ProcessAsync(records, PolicySet.Of(Desired), Now.AddMinutes(5), CancellationToken.None);
    }

    public IEnumerable<BatchRecord> ErrorSignals(int count, DateTimeOffset from, TimeSpan spacing) =>
        Enumerable.Range(0, count).Select(i => Events.ErrorSignal(from + (spacing * i), $"{200000000000 + (i % 500)}"));
}
