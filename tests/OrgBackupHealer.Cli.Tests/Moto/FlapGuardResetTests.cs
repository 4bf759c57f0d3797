using System.Text.Json.Nodes;
using OrgBackupHealer.Cli.Metrics;
using OrgBackupHealer.Cli.Snapshots;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Core.Batching;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Pipeline;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Moto;

/// <summary>
/// Issue 22's "state reset-flap-guard resumes writing after a trip": the healer's pipeline, with its state in a moto
/// DynamoDB table, stops writing once an actor made it heal six times in the hour; after <c>state reset-flap-guard</c>
/// the next drift event repairs again. Redeploying would not have: the table outlives a stack update.
/// </summary>
[Collection(MotoServerDefinition.Name)]
[Trait("Needs", "moto")]
public sealed class FlapGuardResetTests(MotoServerFixture moto)
{
    [Fact]
    public async Task ResetFlapGuardLetsTheNextDriftEventRepairAfterATrip()
    {
        // Arrange: six healing runs in the last hour, and the policy detached once more.
        using var rig = await StateTableRig.CreateAsync(moto.Server);
        await rig.RecordHealingRunsAsync(50, 40, 30, 20, 10, 5);
        var organization = ShippedPolicy.HealthyOrganization();
        var policyId = ShippedPolicy.PolicyId(organization);
        var decisions = new DecisionLog();
        var pipeline = HealerPipeline.Compose(
            new PipelineSettings(PolicySet.SinglePolicy(DesiredState.For(HealerDefaults.PolicyName, PolicyDocument(), ["root"], HealerMode.Enforce)), null, new SafetyOptions(), 0),
            organization, rig.Store, new InMemoryCoverageProgressStore(), new MetricsRecorder(), new MemorySnapshotSink(), decisions, rig.Time, new Random(7));
        organization.DetachPolicy(policyId, organization.RootId);

        // Act
        var tripped = await pipeline.HandleEventAsync(DriftEvent(1, policyId, organization.RootId), new InvocationContext("req-1", null), default);
        var stillDetached = !IsAttachedToRoot(organization, policyId);
        var reset = await rig.Cli.RunAsync("state", "reset-flap-guard", "--state-table", rig.Table, "--yes");
        var resumed = await pipeline.HandleEventAsync(DriftEvent(2, policyId, organization.RootId), new InvocationContext("req-2", null), default);

        // Assert
        Assert.NotNull(tripped.Result);
        Assert.NotNull(resumed.Result);
        Assert.Equal([true, false], decisions.Decisions.Select(d => d.FlapGuardTripped));
        Assert.True(stillDetached);
        Assert.True(reset.ExitCode == 0, reset.Error);
        Assert.True(IsAttachedToRoot(organization, policyId));
    }

    private static Core.Policies.PolicyDocument PolicyDocument() => Core.Policies.PolicyDocument.Parse(ShippedPolicy.Content);

    private static bool IsAttachedToRoot(SimulatedOrganization organization, string policyId) =>
        organization.Capture().Policies.Single(p => p.Id == policyId).TargetIds.Contains(organization.RootId);

    /// <summary>events/detach-managed-policy.json naming the managed policy, with its own event id so neither delivery is the other's duplicate.</summary>
    private static byte[] DriftEvent(int sequence, string policyId, string targetId)
    {
        var envelope = JsonNode.Parse(File.ReadAllText(RepositoryPaths.FindAbove(Path.Combine("events", "detach-managed-policy.json"))))!.AsObject();
        envelope["id"] = $"00000000-0000-4000-8000-{sequence:D12}";
        envelope["detail"]!["eventID"] = $"10000000-0000-4000-8000-{sequence:D12}";
        envelope["detail"]!["requestParameters"] = new JsonObject { ["policyId"] = policyId, ["targetId"] = targetId };
        return System.Text.Encoding.UTF8.GetBytes(envelope.ToJsonString());
    }

    /// <summary>Keeps the gate's decision of each reconcile; a state-store fault fails the test.</summary>
    private sealed class DecisionLog : IHealerReport
    {
        public List<GateDecision> Decisions { get; } = [];

        public void Classified(EventClassification classification)
        {
        }

        public void Ignored(EventClassification classification, IgnoreReason reason, string why)
        {
        }

        public void ReconcileCompleted(GateDecision decision, SetReconcileResult result, TimeSpan duration, EventClassification? cause) => Decisions.Add(decision);

        public void ReconcileFailed(ReconcileException failure, TimeSpan duration, EventClassification? cause)
        {
        }

        public void BatchProcessed(BatchResult result)
        {
        }

        public void CoverageChecked(CoverageOutcome outcome)
        {
        }

        public void CoverageFailed(Diagnosis diagnosis)
        {
        }

        public void StateStoreFailed(string operation, Exception failure) => throw new InvalidOperationException(operation, failure);
    }
}
