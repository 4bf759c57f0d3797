using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using OrgBackupHealer.Aws;
using OrgBackupHealer.Core.Approvals;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Function.Configuration;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Storage;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Function.Tests;

/// <summary>
/// Issue 24 through the function as deployed, with its state table, proposals and incident bus in moto: an
/// approve-mode deployment whose policy was detached writes nothing, records one proposal and publishes one incident
/// event (captured by a rule into an SQS queue); the runbook's payload applies exactly that proposal; a forged or
/// unknown id fails the invocation with a clear error and nothing written.
/// </summary>
[Collection(MotoStateTableGroup.Name)]
[Trait("Needs", "moto")]
public sealed class ApprovalRunbookMotoTests(MotoServerFixture moto) : IDisposable
{
    private readonly AmazonDynamoDBClient _dynamoDb = new(
        new BasicAWSCredentials("testing", "testing"),
        new AmazonDynamoDBConfig { ServiceURL = moto.Server.Endpoint.ToString(), AuthenticationRegion = "us-east-1" });

    [Fact]
    public async Task ADetachedPolicyInApproveModeIsNotWrittenAndGivesOneProposalAndOneIncidentEvent()
    {
        // Arrange
        using var setup = await ApproveSetup.CreateAsync(moto.Server, _dynamoDb);
        setup.Organization.DetachPolicy(setup.PolicyId, setup.Organization.RootId);
        setup.Organization.ResetCounters();

        // Act
        var answer = await setup.Rig.InvokeAsync(FixtureEvents.Read("detach-managed-policy"));

        // Assert
        Assert.Equal("drift-reported", answer.Outcome);
        Assert.Equal(0, setup.Organization.TotalWrites);
        var proposal = Assert.Single(await setup.Proposals.ListOpenAsync(default));
        var incident = Assert.Single(await setup.Queue.DrainAsync());
        Assert.Empty(IncidentEventSchema.Validate(incident));
        Assert.Equal("proposal-opened", incident["detail"]!["kind"]!.GetValue<string>());
        Assert.Equal(proposal.Id, incident["detail"]!["proposalId"]!.GetValue<string>());
        Assert.Equal("org-backup-healer", incident["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheRunbooksPayloadAppliesExactlyThatProposal()
    {
        // Arrange
        using var setup = await ApproveSetup.CreateAsync(moto.Server, _dynamoDb);
        setup.Organization.DetachPolicy(setup.PolicyId, setup.Organization.RootId);
        await setup.Rig.InvokeAsync(FixtureEvents.Read("detach-managed-policy"));
        var proposal = Assert.Single(await setup.Proposals.ListOpenAsync(default));
        await setup.Queue.DrainAsync();

        // Act
        var answer = await setup.Rig.InvokeAsync(Payload(proposal.Id));

        // Assert
        Assert.Equal("response", answer.Kind);
        Assert.Equal("applied", answer.Outcome);
        Assert.Equal(proposal.Id, answer.Body.GetProperty("proposal").GetString());
        Assert.Contains(setup.Organization.RootId, setup.Organization.Capture().Policies.Single(p => p.Id == setup.PolicyId).TargetIds);
        Assert.Equal(1, setup.Organization.TotalWrites);
        var applied = await setup.Proposals.GetAsync(proposal.Id, default);
        Assert.Equal(ProposalStatus.Applied, applied!.Status);
        Assert.Equal("ssm-automation:exec-0123", applied.ClosedBy);
        Assert.Empty(await setup.Proposals.ListOpenAsync(default));
        var incident = Assert.Single(await setup.Queue.DrainAsync());
        Assert.Equal("proposal-applied", incident["detail"]!["kind"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("prop-0123456789abcdef0123", "there is no proposal prop-0123456789abcdef0123 (unknown or forged)")]
    [InlineData("p-abcd1234; DROP", "is not a proposal id")]
    public async Task AForgedOrUnknownIdIsRefusedWithAClearErrorAndNothingWritten(string id, string expected)
    {
        // Arrange
        using var setup = await ApproveSetup.CreateAsync(moto.Server, _dynamoDb);
        setup.Organization.DetachPolicy(setup.PolicyId, setup.Organization.RootId);
        await setup.Rig.InvokeAsync(FixtureEvents.Read("detach-managed-policy"));
        setup.Organization.ResetCounters();

        // Act
        var answer = await setup.Rig.InvokeAsync(Payload(id));

        // Assert
        Assert.Equal("error", answer.Kind);
        Assert.Equal(nameof(ApprovalRefusedException), answer.Body.GetProperty("errorType").GetString());
        Assert.Contains(expected, answer.Body.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.Contains("nothing was written", answer.Body.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, setup.Organization.TotalWrites);
        Assert.Equal(ProposalStatus.Open, Assert.Single(await setup.Proposals.ListOpenAsync(default)).Status);
    }

    public void Dispose() => _dynamoDb.Dispose();

    private static byte[] Payload(string id) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string> { ["approveProposal"] = id, ["automationExecutionId"] = "exec-0123" }));

    /// <summary>A fresh state table and incident queue in moto, and the function composed over them in approve mode.</summary>
    private sealed class ApproveSetup : IDisposable
    {
        private readonly EventBridgeIncidentSink _sink;

        private ApproveSetup(MotoIncidentCapture queue, EventBridgeIncidentSink sink, DynamoDbProposalStore proposals, LoopRig rig, SimulatedOrganization organization)
        {
            Queue = queue;
            _sink = sink;
            Proposals = proposals;
            Rig = rig;
            Organization = organization;
            PolicyId = organization.FindPolicyId(HealerDefaults.PolicyName)!;
        }

        public MotoIncidentCapture Queue { get; }

        public DynamoDbProposalStore Proposals { get; }

        public LoopRig Rig { get; }

        public SimulatedOrganization Organization { get; }

        public string PolicyId { get; }

        public static async Task<ApproveSetup> CreateAsync(MotoServer server, AmazonDynamoDBClient dynamoDb)
        {
            var table = "healer-state-" + Guid.NewGuid().ToString("N");
            await dynamoDb.CreateTableAsync(new CreateTableRequest
            {
                TableName = table,
                BillingMode = BillingMode.PAY_PER_REQUEST,
                KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
                AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
            });
            var queue = await MotoIncidentCapture.CreateAsync(server);
            var environment = new Dictionary<string, string>(server.ClientEnvironment) { ["AWS_ENDPOINT_URL_EVENTBRIDGE"] = server.Endpoint.ToString() };
            var sink = EventBridgeIncidentSinkFactory.Create(null, name => environment.GetValueOrDefault(name), new BasicAWSCredentials("testing", "testing"));
            var proposals = new DynamoDbProposalStore(dynamoDb, table);
            var organization = SimulatedOrganization.CreateHealthy(HostHarness.ShippedPolicy);
            var rig = new LoopRig(
                organization,
                new Dictionary<string, string> { [EnvironmentVariables.Mode] = "approve", [EnvironmentVariables.StateTable] = table },
                createStore: faults => new DynamoDbHealerStateStore(dynamoDb, table, faults),
                incidents: sink,
                proposals: proposals);
            return new ApproveSetup(queue, sink, proposals, rig, organization);
        }

        public void Dispose()
        {
            Rig.Dispose();
            _sink.Dispose();
            Queue.Dispose();
        }
    }
}
