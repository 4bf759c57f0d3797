using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace OrgBackupHealer.Storage.Tests;

/// <summary>
/// A DynamoDB client whose PutItem and GetItem answer from the test's script and record each request; it never opens a
/// connection. For answers moto cannot be made to give (a condition failure without the old item, a conflict on every
/// write).
/// </summary>
internal sealed class ScriptedDynamoDb() : AmazonDynamoDBClient(
    new BasicAWSCredentials("testing", "testing"),
    new AmazonDynamoDBConfig { ServiceURL = "http://127.0.0.1:9", AuthenticationRegion = "us-east-1" })
{
    public Func<PutItemRequest, PutItemResponse> OnPut { get; init; } = _ => new PutItemResponse();

    public Func<GetItemRequest, GetItemResponse> OnGet { get; init; } = _ => new GetItemResponse();

    public Func<ScanRequest, ScanResponse> OnScan { get; init; } = _ => new ScanResponse { Count = 0 };

    public List<PutItemRequest> Puts { get; } = [];

    public List<ScanRequest> Scans { get; } = [];

    public List<GetItemRequest> Gets { get; } = [];

    public override Task<PutItemResponse> PutItemAsync(PutItemRequest request, CancellationToken cancellationToken = default)
    {
        Puts.Add(request);
        return Task.FromResult(OnPut(request));
    }

    public override Task<GetItemResponse> GetItemAsync(GetItemRequest request, CancellationToken cancellationToken = default)
    {
        Gets.Add(request);
        return Task.FromResult(OnGet(request));
    }

    public override Task<ScanResponse> ScanAsync(ScanRequest request, CancellationToken cancellationToken = default)
    {
        Scans.Add(request);
        return Task.FromResult(OnScan(request));
    }

    public static Dictionary<string, AttributeValue> EventItem(string status) =>
        new(StringComparer.Ordinal)
        {
            ["pk"] = new AttributeValue { S = "event#evt-1" },
            ["status"] = new AttributeValue { S = status },
            ["until"] = new AttributeValue { N = "1741944713000" },
        };
}
