using Amazon.DynamoDBv2.Model;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Moto;

/// <summary>docs/cli-json.md's state table lists exactly the fields the state commands print, in runs that reach every documented case.</summary>
[Collection(MotoServerDefinition.Name)]
[Trait("Needs", "moto")]
public sealed class StateJsonDocumentationTests(MotoServerFixture moto)
{
    [Fact]
    public async Task TheStateTableListsExactlyTheFieldsTheStateCommandsPrint()
    {
        // Arrange: a tripped guard with an actor and a settled time in one table, an unreadable item in another.
        var documented = JsonDocumentationTests.DocumentedFields("## `state show`, `state reset-flap-guard`");
        var printed = new HashSet<string>(StringComparer.Ordinal);
        using var tripped = await StateTableRig.CreateAsync(moto.Server);
        await tripped.Store.UpdateStateAsync(s => s.WithSettledAt(StateTableRig.Now.AddMinutes(-1))
            .WithActor(new DriftActor("arn:aws:iam::111111111111:user/terraform", "DetachPolicy", StateTableRig.Now.AddMinutes(-3))), default);
        await tripped.RecordHealingRunsAsync(50, 40, 30, 20, 10, 1);
        using var edited = await StateTableRig.CreateAsync(moto.Server);
        await edited.DynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = edited.Table,
            Item = new() { ["pk"] = new AttributeValue { S = "state" }, ["version"] = new AttributeValue { BOOL = true } },
        });

        // Act
        var runs = new[]
        {
            await tripped.Cli.RunAsync("state", "show", "--state-table", tripped.Table, "--output", "json"),
            await tripped.Cli.RunAsync("state", "reset-flap-guard", "--state-table", tripped.Table, "--output", "json"),
            await tripped.Cli.RunAsync("state", "reset-flap-guard", "--state-table", tripped.Table, "--yes", "--output", "json"),
            await edited.Cli.RunAsync("state", "show", "--state-table", edited.Table, "--output", "json"),
        };

        // Assert
        Assert.Equal([2, 4, 0, 0], runs.Select(r => r.ExitCode));
        foreach (var run in runs)
        {
            JsonDocumentationTests.Collect(run.Json(), "", documented, printed);
        }

        Assert.Empty(printed.Except(documented.Keys));
        Assert.Empty(documented.Keys.Except(printed));
    }
}
