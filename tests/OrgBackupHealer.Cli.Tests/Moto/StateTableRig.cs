using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Storage;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Moto;

/// <summary>
/// A state table shaped like the template's in moto_server, the healer's own store on it (to write what the Lambda
/// would), and a CLI whose environment points DynamoDB at moto and whose clock is <see cref="Time"/>.
/// </summary>
internal sealed class StateTableRig : IDisposable
{
    private readonly AmazonDynamoDBClient _dynamoDb;

    private StateTableRig(MotoServer server, string table)
    {
        _dynamoDb = new AmazonDynamoDBClient(
            new BasicAWSCredentials("testing", "testing"),
            new AmazonDynamoDBConfig { ServiceURL = server.Endpoint.ToString(), AuthenticationRegion = "us-east-1" });
        Table = table;
        Store = new DynamoDbHealerStateStore(_dynamoDb, table, Faults);
        Cli = new CliDriver(
            environment: new Dictionary<string, string>(server.ClientEnvironment) { ["AWS_ENDPOINT_URL_DYNAMODB"] = server.Endpoint.ToString() },
            time: Time);
    }

    public static DateTimeOffset Now { get; } = new(2025, 11, 27, 16, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Now);

    public string Table { get; }

    public IAmazonDynamoDB DynamoDb => _dynamoDb;

    public List<Exception> Reported { get; } = [];

    public DynamoDbHealerStateStore Store { get; }

    public CliDriver Cli { get; }

    private IStateStoreFaults Faults => new ListFaults(Reported);

    public static async Task<StateTableRig> CreateAsync(MotoServer server)
    {
        var table = "healer-state-" + Guid.NewGuid().ToString("N");
        using (var client = new AmazonDynamoDBClient(
            new BasicAWSCredentials("testing", "testing"),
            new AmazonDynamoDBConfig { ServiceURL = server.Endpoint.ToString(), AuthenticationRegion = "us-east-1" }))
        {
            await client.CreateTableAsync(new CreateTableRequest
            {
                TableName = table,
                BillingMode = BillingMode.PAY_PER_REQUEST,
                KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
                AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
            });
        }

        return new StateTableRig(server, table);
    }

    /// <summary>Healing runs <paramref name="minutesAgo"/> before <see cref="Now"/>, as the gate records them.</summary>
    public Task<HealerState> RecordHealingRunsAsync(params int[] minutesAgo) =>
        Store.UpdateStateAsync(s => minutesAgo.Aggregate(s, (state, m) => state.WithHealingRunIf(true, Now.AddMinutes(-m))), default);

    public async Task<HealerState> StoredStateAsync() => await Store.ReadStateAsync(default);

    public void Dispose()
    {
        Cli.Dispose();
        _dynamoDb.Dispose();
    }

    private sealed class ListFaults(List<Exception> reported) : IStateStoreFaults
    {
        public void StateStoreFailed(string operation, Exception failure) => reported.Add(failure);
    }
}
