using System.Net;
using System.Net.Sockets;
using OrgBackupHealer.Cli.Tests.Moto;
using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>Every command that reads or writes the state table explains a table it cannot reach or may not use in one line.</summary>
public sealed class StateTableAccessTests
{
    [Theory]
    [MemberData(nameof(StateTableErrorTests.TableCommands), MemberType = typeof(StateTableErrorTests))]
    public async Task ATableDynamoDbDeniesIsOneLineWithItsErrorCodeAndThePermissionsNeeded(string command)
    {
        using var dynamoDb = new DenyingDynamoDb();
        using var cli = new CliDriver(environment: Environment(dynamoDb.Url));

        var run = await cli.RunAsync([.. command.Split(' '), "--state-table", "healer-state"]);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Equal(
            $"error: state table 'healer-state': DynamoDB answered AccessDeniedException ({DenyingDynamoDb.Message.TrimEnd('.')}). "
            + "The command needs dynamodb:GetItem, PutItem and Scan on the table.",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task AnEndpointNobodyListensOnIsOneLineNamingTheEndpointVariable()
    {
        var endpoint = ClosedPort();
        using var cli = new CliDriver(environment: Environment(endpoint));

        var run = await cli.RunAsync("proposals", "--state-table", "healer-state");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"error: cannot reach the state table 'healer-state' at {endpoint} (", line, StringComparison.Ordinal);
        Assert.EndsWith("Check the endpoint (AWS_ENDPOINT_URL_DYNAMODB, AWS_ENDPOINT_URL), the credentials and the network.", line, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Environment(string dynamoDbEndpoint) => new()
    {
        ["AWS_ENDPOINT_URL_DYNAMODB"] = dynamoDbEndpoint,
        ["AWS_ACCESS_KEY_ID"] = "testing",
        ["AWS_SECRET_ACCESS_KEY"] = "testing",
    };

    private static string ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }
}
