using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Storage;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Function.Tests;

[CollectionDefinition(Name)]
public sealed class MotoStateTableGroup : ICollectionFixture<MotoServerFixture>
{
    public const string Name = "moto state table";
}

/// <summary>
/// A state table edited by hand does not stop the healer: with every attribute of the state item and of the drift
/// event's claim overwritten with a wrong type (in moto's DynamoDB), the next drift event still repairs the
/// organization, and the function logs an error and counts StateStoreError for each unreadable item it read.
/// </summary>
[Collection(MotoStateTableGroup.Name)]
[Trait("Needs", "moto")]
public sealed class UnreadableStateTableTests(MotoServerFixture moto) : IDisposable
{
    private const string DriftEventId = "f3a4b5c6-d7e8-4f9a-8b1c-2d3e4f5a6b7c";

    private readonly AmazonDynamoDBClient _dynamoDb = new(
        new BasicAWSCredentials("testing", "testing"),
        new AmazonDynamoDBConfig { ServiceURL = moto.Server.Endpoint.ToString(), AuthenticationRegion = "us-east-1" });

    [Fact]
    public async Task TheNextDriftEventRepairsAndCountsStateStoreError()
    {
        // Arrange: the policy detached from the root, and a state table whose items hold nothing the healer can read.
        var table = await CreateTableAsync();
        await PutAsync(table, new()
        {
            ["pk"] = new AttributeValue { S = "state" },
            ["settledAt"] = new AttributeValue { S = "yesterday" },
            ["healingRuns"] = new AttributeValue { N = "6" },
            ["actors"] = new AttributeValue { BOOL = true },
            ["version"] = new AttributeValue { SS = ["1", "2"] },
        });
        await PutAsync(table, new()
        {
            ["pk"] = new AttributeValue { S = "event#" + DriftEventId },
            ["status"] = new AttributeValue { N = "1" },
            ["until"] = new AttributeValue { S = "forever" },
            ["expiresAt"] = new AttributeValue { M = [] },
        });
        var organization = SimulatedOrganization.CreateHealthy(HostHarness.ShippedPolicy);
        var policyId = organization.FindPolicyId(HealerDefaults.PolicyName)!;
        organization.DetachPolicy(policyId, organization.RootId);
        using var rig = new LoopRig(organization, createStore: faults => new DynamoDbHealerStateStore(_dynamoDb, table, faults));

        // Act
        var answer = await rig.InvokeAsync(FixtureEvents.Read("detach-managed-policy"));

        // Assert
        Assert.Equal("response", answer.Kind);
        Assert.Contains(organization.RootId, organization.Capture().Policies.Single(p => p.Id == policyId).TargetIds);
        Assert.NotEmpty(answer.Metrics("StateStoreError"));
        var errors = answer.Lines.Where(l => l.TryGetProperty("level", out var level) && level.GetString() == "Error").ToList();
        Assert.Contains(errors, e => e.GetProperty("message").GetString()!.Contains("'event#" + DriftEventId + "' cannot be read", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.GetProperty("message").GetString()!.Contains("'state' cannot be read", StringComparison.Ordinal));
    }

    public void Dispose() => _dynamoDb.Dispose();

    private async Task<string> CreateTableAsync()
    {
        var name = "healer-state-" + Guid.NewGuid().ToString("N");
        await _dynamoDb.CreateTableAsync(new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
        });
        return name;
    }

    private async Task PutAsync(string table, Dictionary<string, AttributeValue> item) =>
        await _dynamoDb.PutItemAsync(new PutItemRequest { TableName = table, Item = item });
}
