using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.EndToEnd.Tests;

/// <summary>
/// The published Native AOT bootstrap as a real process: Runtime API served on loopback, Organizations, DynamoDB
/// and S3 in moto_server, reached through the standard AWS_ENDPOINT_URL_* variables with fake credentials.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class EndToEndTests : IAsyncLifetime, IDisposable
{
    private const string HealerRoleArn = "arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole";
    private static readonly BasicAWSCredentials s_credentials = new("testing", "testing");

    private readonly PublishedBootstrap _bootstrap;
    private readonly MotoServer _moto;
    private readonly MotoAdmin _admin;
    private readonly FakeRuntimeApi _api = new();
    private readonly AmazonDynamoDBClient _dynamoDb;
    private readonly AmazonS3Client _s3;
    private readonly string _table = "healer-state-" + Guid.NewGuid().ToString("N");
    private readonly string _bucket = "healer-snapshots-" + Guid.NewGuid().ToString("N")[..12];
    private MotoOrganization? _organization;
    private BootstrapProcess? _process;
    private MotoIncidentCapture? _incidents;

    public EndToEndTests(PublishedBootstrap bootstrap, MotoServerFixture moto)
    {
        _bootstrap = bootstrap;
        _moto = moto.Server;
        _admin = new MotoAdmin(_moto);
        _dynamoDb = new AmazonDynamoDBClient(s_credentials, new AmazonDynamoDBConfig { ServiceURL = _moto.Endpoint.ToString(), AuthenticationRegion = "us-east-1" });
        _s3 = new AmazonS3Client(s_credentials, new AmazonS3Config { ServiceURL = _moto.Endpoint.ToString(), AuthenticationRegion = "us-east-1", ForcePathStyle = true });
    }

    private MotoOrganization Organization => _organization!;

    private BootstrapProcess Process => _process!;

    public async Task InitializeAsync()
    {
        await _moto.ResetAsync();
        _organization = await MotoOrganization.CreateBrokenAsync(_admin, ShippedPolicy);
        await BootstrapEnvironment.CreateStateTableAsync(_dynamoDb, _table);
        await _s3.PutBucketAsync(_bucket);
        _incidents = await MotoIncidentCapture.CreateAsync(_moto);
        _process = BootstrapProcess.Start(_bootstrap.Path, BootstrapEnvironment.With(_api.Address, _moto.Endpoint, new Dictionary<string, string>
        {
            ["HEALER_ROLE_ARN"] = HealerRoleArn,
            ["HEALER_STATE_TABLE"] = _table,
            ["HEALER_SNAPSHOT_BUCKET"] = _bucket,
            ["HEALER_COALESCE_SECONDS"] = "60",
            ["HEALER_MAX_HEALING_RUNS_PER_HOUR"] = "10",
        }));
    }

    [Fact]
    public async Task RepairsTheBrokenOrganizationThenMakesNoWriteOnTheNextErrorEvent()
    {
        var repair = await InvokeAsync("req-1", "access-denied-attach-policy");
        var autoFixesAfterRepair = (await Process.MetricsAsync("AutoFix", 2)).Count;
        var second = await InvokeAsync("req-2", "throttling-exception");

        Assert.Equal("repaired", repair.GetProperty("outcome").GetString());
        await AssertContentRestoredAndReattachedAsync();
        Assert.Equal("healthy", second.GetProperty("outcome").GetString());
        Assert.Equal(0, second.GetProperty("actions").GetArrayLength());
        Assert.Equal(2, autoFixesAfterRepair);
        Assert.Single(await SnapshotKeysAsync());
        Assert.Equal("COMPLETED", await EventStatusAsync(EventId("access-denied-attach-policy")));
        Assert.Equal("COMPLETED", await EventStatusAsync(EventId("throttling-exception")));
        var incident = Assert.Single(await _incidents!.DrainAsync());
        Assert.Empty(IncidentEventSchema.Validate(incident));
        Assert.Equal("policy-repaired", incident["detail"]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task RepairsTheOrganizationOnAMemberAccountErrorAndLogsTheAccountItCameFrom()
    {
        var repair = await InvokeAsync("req-member", "member-access-denied-assumed-role");

        Assert.Equal("repaired", repair.GetProperty("outcome").GetString());
        await AssertContentRestoredAndReattachedAsync();
        var reconciled = Assert.Single(Process.JsonLines(), l => l.TryGetProperty("message", out var m) && m.GetString()!.StartsWith("reconcile finished", StringComparison.Ordinal));
        Assert.Equal("222222222222", reconciled.GetProperty("source_account").GetString());
        Assert.Equal("COMPLETED", await EventStatusAsync(EventId("member-access-denied-assumed-role")));
    }

    [Fact]
    public async Task AcknowledgesInvalidAndSelfGeneratedEventsWithoutTouchingTheOrganization()
    {
        var invalid = await InvokeAsync("req-invalid", "{\"detail-type\": 42, \"detail\": \"not an object\""u8.ToArray());
        var self = await InvokeAsync("req-self", "self-generated-error");

        Assert.Equal(("ignored", "invalid"), (invalid.GetProperty("outcome").GetString(), invalid.GetProperty("ignoredReason").GetString()));
        Assert.Equal(("ignored", "self"), (self.GetProperty("outcome").GetString(), self.GetProperty("ignoredReason").GetString()));
        Assert.Equal(["invalid", "self"], (await Process.MetricsAsync("EventsIgnored", 2)).Select(m => m.GetProperty("Reason").GetString()));
        Assert.DoesNotContain(Organization.Root, await Organization.TargetIdsAsync());
        Assert.Equal("""{"plans":{}}""", await Organization.ContentAsync());
        Assert.Empty(Process.Metrics("AutoFix"));
        Assert.Empty(await SnapshotKeysAsync());
    }

    [Fact]
    public async Task RepairsOnABatchFromTheErrorSignalQueueWithoutClaimingItsSymptomsInTheStateTable()
    {
        var batch = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "events", "sqs", "error-signal-batch.json"));

        var answer = await InvokeAsync("req-batch", batch);

        Assert.Empty(answer.GetProperty("batchItemFailures").EnumerateArray());
        Assert.Contains(Organization.Root, await Organization.TargetIdsAsync());
        Assert.Single(Process.JsonLines(), l => l.TryGetProperty("message", out var m) && m.GetString()!.StartsWith("reconcile finished: repaired", StringComparison.Ordinal));
        var summary = Assert.Single(Process.JsonLines(), l => l.TryGetProperty("message", out var m) && m.GetString() == "batch of 2 records processed");
        Assert.Equal(["reconciled 2"], summary.GetProperty("batch_outcomes").EnumerateArray().Select(e => e.GetString()));
        Assert.Null(await EventStatusAsync(EventId("member-access-denied-assumed-role")));
        Assert.Null(await EventStatusAsync(EventId("throttling-exception")));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _process?.Dispose();
        _incidents?.Dispose();
        _api.Dispose();
        _admin.Dispose();
        _dynamoDb.Dispose();
        _s3.Dispose();
    }

    private static string ShippedPolicy => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "backup-policy.json"));

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "events", name + ".json"));

    private static string EventId(string fixture) =>
        JsonNode.Parse(Fixture(fixture))!["detail"]!["eventID"]!.GetValue<string>();

    private Task<JsonElement> InvokeAsync(string requestId, string fixture) => InvokeAsync(requestId, Fixture(fixture));

    /// <summary>Hands the event to the process and returns the response body; fails with its output on anything else.</summary>
    private async Task<JsonElement> InvokeAsync(string requestId, byte[] body)
    {
        _api.Enqueue(requestId, body);
        RuntimeCall call;
        try
        {
            call = await _api.NextCallAsync();
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"bootstrap answered nothing for {requestId} (exited: {Process.HasExited}). Output:\n{Process.Output}");
        }

        Assert.True(call.Kind == "response" && call.RequestId == requestId, $"{call.Kind} for {call.RequestId}: {call.Text}\nOutput:\n{Process.Output}");
        return JsonDocument.Parse(call.Body).RootElement;
    }

    private async Task<IReadOnlyList<string>> SnapshotKeysAsync() =>
        [.. ((await _s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = _bucket, Prefix = "snapshots/" })).S3Objects ?? []).Select(o => o.Key)];

    private async Task<string?> EventStatusAsync(string eventId)
    {
        var item = (await _dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = _table,
            Key = new Dictionary<string, AttributeValue> { ["pk"] = new AttributeValue { S = "event#" + eventId } },
            ConsistentRead = true,
        })).Item;
        return item is not null && item.TryGetValue("status", out var status) ? status.S : null;
    }

    private async Task AssertContentRestoredAndReattachedAsync()
    {
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ShippedPolicy), JsonNode.Parse(await Organization.ContentAsync())), "content was not restored");
        Assert.Contains(Organization.Root, await Organization.TargetIdsAsync());
        Assert.Equal(
            ["ContentRestored", "PolicyReattached"],
            (await Process.MetricsAsync("AutoFix", 2)).Select(m => m.GetProperty("FixType").GetString()).Order(StringComparer.Ordinal));
    }
}
