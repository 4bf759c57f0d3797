using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.S3;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Storage.Tests;

/// <summary>One moto_server for the storage tests, with SDK clients pointed at it; each test makes its own table or bucket.</summary>
public sealed class MotoStorageFixture : IAsyncLifetime, IDisposable
{
    private static readonly BasicAWSCredentials s_credentials = new("testing", "testing");
    private MotoServer? _server;
    private AmazonDynamoDBClient? _dynamoDb;
    private AmazonS3Client? _s3;

    public IAmazonDynamoDB DynamoDb => _dynamoDb ?? throw new InvalidOperationException("Fixture not started.");

    public IAmazonS3 S3 => _s3 ?? throw new InvalidOperationException("Fixture not started.");

    public async Task InitializeAsync()
    {
        _server = await MotoServer.StartAsync();
        var url = _server.Endpoint.ToString();
        _dynamoDb = new AmazonDynamoDBClient(s_credentials, new AmazonDynamoDBConfig { ServiceURL = url, AuthenticationRegion = "us-east-1" });
        _s3 = new AmazonS3Client(s_credentials, new AmazonS3Config { ServiceURL = url, AuthenticationRegion = "us-east-1", ForcePathStyle = true });
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _dynamoDb?.Dispose();
        _s3?.Dispose();
    }

    /// <summary>A table shaped like the template's: on-demand, key pk (S), TTL on expiresAt.</summary>
    public async Task<string> CreateStateTableAsync()
    {
        var name = "healer-state-" + Guid.NewGuid().ToString("N");
        await DynamoDb.CreateTableAsync(new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
        });
        await DynamoDb.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest
        {
            TableName = name,
            TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = "expiresAt", Enabled = true },
        });
        return name;
    }

    public async Task<string> CreateBucketAsync()
    {
        var name = "healer-snapshots-" + Guid.NewGuid().ToString("N")[..12];
        await S3.PutBucketAsync(name);
        return name;
    }
}
