using Amazon.DynamoDBv2;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Storage;

namespace OrgBackupHealer.Cli.State;

/// <summary>
/// The deployed healer's state table, reached like the Lambda reaches it (the same store, the same strict reading).
/// Region, endpoint (AWS_ENDPOINT_URL_DYNAMODB, then AWS_ENDPOINT_URL) and access keys come from the command's
/// environment, credentials otherwise from --profile or the SDK's chain, like the other commands. An item the store
/// cannot read is not an error here either: it is kept in <see cref="Unreadable"/> for the report.
/// </summary>
internal sealed class StateTableSession : IStateStoreFaults, IDisposable
{
    public const string EndpointVariable = "AWS_ENDPOINT_URL_DYNAMODB";
    private readonly AmazonDynamoDBClient _client;

    public StateTableSession(CliHost host, string table, string? profile)
    {
        ArgumentNullException.ThrowIfNull(host);
        Table = table;
        var config = new AmazonDynamoDBConfig();
        Endpoint = SdkClientSettings.Apply(host, config, EndpointVariable, "DynamoDB");
        _client = CliCredentials.Resolve(host, profile) is { } credentials ? new AmazonDynamoDBClient(credentials, config) : new AmazonDynamoDBClient(config);
        Store = new DynamoDbHealerStateStore(_client, table, this);
        Proposals = new DynamoDbProposalStore(_client, table);
    }

    public string Table { get; }

    public string Endpoint { get; }

    public DynamoDbHealerStateStore Store { get; }

    /// <summary>The approve-mode proposals the function recorded in the same table.</summary>
    public DynamoDbProposalStore Proposals { get; }

    /// <summary>Why the state item could not be read (the healer reads it as empty); null when it could.</summary>
    public string? Unreadable { get; private set; }

    public void StateStoreFailed(string operation, Exception failure) =>
        Unreadable ??= (failure as UnreadableStateItemException)?.Problem ?? failure.Message;

    public void Dispose() => _client.Dispose();
}
