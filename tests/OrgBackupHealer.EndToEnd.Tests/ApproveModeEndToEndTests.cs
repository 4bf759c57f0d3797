using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.EndToEnd.Tests;

/// <summary>
/// The published Native AOT bootstrap in approve mode, with Organizations, DynamoDB and EventBridge (a rule into an
/// SQS queue) in moto: a broken organization is not written, one proposal and one incident event appear; the runbook's
/// payload applies exactly that proposal; a forged id fails the invocation and writes nothing.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class ApproveModeEndToEndTests : IAsyncLifetime, IDisposable
{
    private readonly PublishedBootstrap _bootstrap;
    private readonly MotoServer _moto;
    private readonly MotoAdmin _admin;
    private readonly FakeRuntimeApi _api = new();
    private readonly AmazonDynamoDBClient _dynamoDb;
    private readonly string _table = "healer-state-" + Guid.NewGuid().ToString("N");
    private MotoOrganization? _organization;
    private BootstrapProcess? _process;
    private MotoIncidentCapture? _incidents;

    public ApproveModeEndToEndTests(PublishedBootstrap bootstrap, MotoServerFixture moto)
    {
        _bootstrap = bootstrap;
        _moto = moto.Server;
        _admin = new MotoAdmin(_moto);
        _dynamoDb = new AmazonDynamoDBClient(new BasicAWSCredentials("testing", "testing"), new AmazonDynamoDBConfig { ServiceURL = _moto.Endpoint.ToString(), AuthenticationRegion = "us-east-1" });
    }

    public async Task InitializeAsync()
    {
        await _moto.ResetAsync();
        _organization = await MotoOrganization.CreateBrokenAsync(_admin, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "backup-policy.json")));
        await BootstrapEnvironment.CreateStateTableAsync(_dynamoDb, _table);
        _incidents = await MotoIncidentCapture.CreateAsync(_moto);
        _process = BootstrapProcess.Start(_bootstrap.Path, BootstrapEnvironment.With(_api.Address, _moto.Endpoint, new Dictionary<string, string>
        {
            ["HEALER_MODE"] = "approve",
            ["HEALER_STATE_TABLE"] = _table,
            ["HEALER_COVERAGE_SHARE"] = "0",
        }));
    }

    [Fact]
    public async Task TheBootstrapProposesInsteadOfWritingAndAppliesExactlyTheApprovedProposal()
    {
        // Act 1: drift found in approve mode.
        var drift = await InvokeAsync("req-1", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "events", "access-denied-attach-policy.json")));
        var contentAfterDrift = await _organization!.ContentAsync();
        var proposal = Assert.Single(await OpenProposalIdsAsync());
        var opened = Assert.Single(await _incidents!.DrainAsync());

        // Act 2: a forged id, then the runbook's payload with the real one.
        var forged = await InvokeAsync("req-2", Payload("prop-0123456789abcdef0123"));
        var contentAfterForged = await _organization.ContentAsync();
        var applied = await InvokeAsync("req-3", Payload(proposal));

        // Assert
        Assert.Equal(("response", "drift-reported"), (drift.Kind, Json(drift).GetProperty("outcome").GetString()));
        Assert.Equal("""{"plans":{}}""", contentAfterDrift);
        Assert.Empty(IncidentEventSchema.Validate(opened));
        Assert.Equal("proposal-opened", opened["detail"]!["kind"]!.GetValue<string>());
        Assert.Equal("error", forged.Kind);
        Assert.Contains("unknown or forged", forged.Text, StringComparison.Ordinal);
        Assert.Equal("""{"plans":{}}""", contentAfterForged);
        Assert.True(applied.Kind == "response", applied.Text + _process!.Output);
        Assert.Equal("applied", Json(applied).GetProperty("outcome").GetString());
        Assert.Contains(_organization.Root, await _organization.TargetIdsAsync());
        Assert.Empty(await OpenProposalIdsAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _process?.Dispose();
        _incidents?.Dispose();
        _api.Dispose();
        _admin.Dispose();
        _dynamoDb.Dispose();
    }

    private static JsonElement Json(RuntimeCall call) => JsonDocument.Parse(call.Body).RootElement;

    private static byte[] Payload(string id) =>
        Encoding.UTF8.GetBytes(new JsonObject { ["approveProposal"] = id, ["automationExecutionId"] = "exec-e2e" }.ToJsonString());

    private async Task<RuntimeCall> InvokeAsync(string requestId, byte[] body)
    {
        _api.Enqueue(requestId, body);
        try
        {
            return await _api.NextCallAsync();
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"bootstrap answered nothing for {requestId}. Output:\n{_process!.Output}");
        }
    }

    private async Task<IReadOnlyList<string>> OpenProposalIdsAsync()
    {
        var scan = await _dynamoDb.ScanAsync(new ScanRequest { TableName = _table, ConsistentRead = true });
        return [.. (scan.Items ?? []).Where(i => i["pk"].S.StartsWith("proposal#", StringComparison.Ordinal) && i["status"].S == "OPEN").Select(i => i["id"].S)];
    }
}
