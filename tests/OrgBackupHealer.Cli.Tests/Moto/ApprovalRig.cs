using System.Text.Json.Nodes;
using OrgBackupHealer.Cli.Metrics;
using OrgBackupHealer.Cli.Snapshots;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Incidents;
using OrgBackupHealer.Core.Pipeline;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Storage;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Moto;

/// <summary>A moto state table, the healer's pipeline over a simulated organization in approve mode, and the CLI reaching both.</summary>
internal sealed class ApprovalRig : IDisposable
{
    private ApprovalRig(StateTableRig rig, SimulatedOrganization organization, CliDriver cli, DynamoDbProposalStore proposals, HealerPipeline pipeline)
    {
        Rig = rig;
        Organization = organization;
        Cli = cli;
        Proposals = proposals;
        Pipeline = pipeline;
        PolicyId = ShippedPolicy.PolicyId(organization);
    }

    public StateTableRig Rig { get; }

    public SimulatedOrganization Organization { get; }

    public CliDriver Cli { get; }

    public DynamoDbProposalStore Proposals { get; }

    public HealerPipeline Pipeline { get; }

    public string PolicyId { get; }

    public bool AttachedToRoot => Organization.Capture().Policies.Single(p => p.Id == PolicyId).TargetIds.Contains(Organization.RootId);

    public static async Task<ApprovalRig> CreateAsync(MotoServer server)
    {
        var rig = await StateTableRig.CreateAsync(server);
        var organization = ShippedPolicy.HealthyOrganization();
        var cli = new CliDriver(organization, new Dictionary<string, string>(server.ClientEnvironment)
        {
            ["AWS_ENDPOINT_URL_DYNAMODB"] = server.Endpoint.ToString(),
            ["AWS_ENDPOINT_URL_EVENTBRIDGE"] = server.Endpoint.ToString(),
        }, rig.Time);
        var proposals = new DynamoDbProposalStore(rig.DynamoDb, rig.Table);
        var desired = DesiredState.For(HealerDefaults.PolicyName, Core.Policies.PolicyDocument.Parse(ShippedPolicy.Content), ["root"], HealerMode.Approve);
        var report = new NoReport();
        var pipeline = HealerPipeline.Compose(
            new PipelineSettings(PolicySet.SinglePolicy(desired), null, new SafetyOptions(), 0),
            organization, rig.Store, new InMemoryCoverageProgressStore(), new MetricsRecorder(), new MemorySnapshotSink(), report, rig.Time, new Random(7),
            new IncidentPorts(proposals, new NoIncidentSink(), report));
        return new ApprovalRig(rig, organization, cli, proposals, pipeline);
    }

    /// <summary>events/detach-managed-policy.json naming the managed policy, with its own event id.</summary>
    public Task<EventOutcome> DriftAsync(int sequence)
    {
        var envelope = JsonNode.Parse(File.ReadAllText(RepositoryPaths.FindAbove(Path.Combine("events", "detach-managed-policy.json"))))!.AsObject();
        envelope["id"] = $"00000000-0000-4000-8000-{sequence:D12}";
        envelope["detail"]!["eventID"] = $"10000000-0000-4000-8000-{sequence:D12}";
        envelope["detail"]!["requestParameters"] = new JsonObject { ["policyId"] = PolicyId, ["targetId"] = Organization.RootId };
        return Pipeline.HandleEventAsync(System.Text.Encoding.UTF8.GetBytes(envelope.ToJsonString()), new InvocationContext($"req-{sequence}", null), default);
    }

    public void Dispose()
    {
        Cli.Dispose();
        Rig.Dispose();
    }

    private sealed class NoReport : IHealerReport, IIncidentFaults
    {
        public void Classified(Core.Events.EventClassification classification)
        {
        }

        public void Ignored(Core.Events.EventClassification classification, IgnoreReason reason, string why)
        {
        }

        public void ReconcileCompleted(GateDecision decision, Core.Reconciliation.SetReconcileResult result, TimeSpan duration, Core.Events.EventClassification? cause)
        {
        }

        public void ReconcileFailed(Core.Reconciliation.ReconcileException failure, TimeSpan duration, Core.Events.EventClassification? cause)
        {
        }

        public void BatchProcessed(Core.Batching.BatchResult result)
        {
        }

        public void CoverageChecked(CoverageOutcome outcome)
        {
        }

        public void CoverageFailed(Core.Reconciliation.Diagnosis diagnosis)
        {
        }

        public void StateStoreFailed(string operation, Exception failure) => throw new InvalidOperationException(operation, failure);

        public void IncidentsNotPublished(IReadOnlyList<Incident> incidents, Exception failure) => throw new InvalidOperationException("publish", failure);
    }
}
