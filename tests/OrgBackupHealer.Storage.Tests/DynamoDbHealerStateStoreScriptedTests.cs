using Amazon.DynamoDBv2.Model;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Storage.Tests;

/// <summary>How the store reads a lost claim and a lost state write, on answers scripted where moto cannot give them.</summary>
public sealed class DynamoDbHealerStateStoreScriptedTests
{
    private static readonly DateTimeOffset s_now = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    [Fact]
    public async Task ALostClaimReadsTheStatusFromTheItemTheConditionFailureCarries()
    {
        // Arrange
        var dynamoDb = new ScriptedDynamoDb
        {
            OnPut = _ => throw new ConditionalCheckFailedException("taken") { Item = ScriptedDynamoDb.EventItem("COMPLETED") },
            OnGet = _ => new GetItemResponse { Item = ScriptedDynamoDb.EventItem("INPROGRESS") },
        };
        var store = new DynamoDbHealerStateStore(dynamoDb, "state", new RecordedFaults());

        // Act
        var claim = await store.TryClaimEventAsync("evt-1", "attempt-1", s_now, s_now.AddMinutes(5), default);

        // Assert
        Assert.Equal(EventClaim.Completed, claim);
        Assert.Empty(dynamoDb.Gets);
    }

    [Fact]
    public async Task ALostClaimWithoutTheOldItemReadsItConsistently()
    {
        // Arrange
        var dynamoDb = new ScriptedDynamoDb
        {
            OnPut = _ => throw new ConditionalCheckFailedException("taken"),
            OnGet = _ => new GetItemResponse { Item = ScriptedDynamoDb.EventItem("COMPLETED") },
        };
        var store = new DynamoDbHealerStateStore(dynamoDb, "state", new RecordedFaults());

        // Act
        var claim = await store.TryClaimEventAsync("evt-1", "attempt-2", s_now, s_now.AddMinutes(5), default);

        // Assert
        Assert.Equal(EventClaim.Completed, claim);
        var get = Assert.Single(dynamoDb.Gets);
        Assert.Equal("event#evt-1", get.Key["pk"].S);
        Assert.True(get.ConsistentRead);
    }

    [Fact]
    public async Task ALostClaimWithAnEmptyOldItemReadsTheItem()
    {
        // Arrange
        var dynamoDb = new ScriptedDynamoDb
        {
            OnPut = _ => throw new ConditionalCheckFailedException("taken") { Item = [] },
            OnGet = _ => new GetItemResponse { Item = ScriptedDynamoDb.EventItem("COMPLETED") },
        };
        var store = new DynamoDbHealerStateStore(dynamoDb, "state", new RecordedFaults());

        // Act
        var claim = await store.TryClaimEventAsync("evt-1", "attempt-3", s_now, s_now.AddMinutes(5), default);

        // Assert
        Assert.Equal(EventClaim.Completed, claim);
        Assert.Single(dynamoDb.Gets);
    }

    [Fact]
    public async Task ALostClaimWhoseItemIsGoneIsInProgress()
    {
        // Arrange
        var dynamoDb = new ScriptedDynamoDb { OnPut = _ => throw new ConditionalCheckFailedException("taken") };
        var store = new DynamoDbHealerStateStore(dynamoDb, "state", new RecordedFaults());

        // Act
        var claim = await store.TryClaimEventAsync("evt-1", "attempt-4", s_now, s_now.AddMinutes(5), default);

        // Assert
        Assert.Equal(EventClaim.InProgress, claim);
    }

    [Fact]
    public async Task StateReadsAreConsistent()
    {
        // Arrange
        var dynamoDb = new ScriptedDynamoDb();
        var store = new DynamoDbHealerStateStore(dynamoDb, "state", new RecordedFaults());

        // Act
        await store.ReadStateAsync(default);

        // Assert
        var get = Assert.Single(dynamoDb.Gets);
        Assert.Equal("state", get.Key["pk"].S);
        Assert.True(get.ConsistentRead);
    }

    [Fact]
    public async Task GivesUpAStateUpdateAfterEightConflictingWrites()
    {
        // Arrange
        var dynamoDb = new ScriptedDynamoDb { OnPut = _ => throw new ConditionalCheckFailedException("conflict") };
        var store = new DynamoDbHealerStateStore(dynamoDb, "state", new RecordedFaults());

        // Act
        var error = await Record.ExceptionAsync(() => store.UpdateStateAsync(s => s.WithSettledAt(s_now), default));

        // Assert
        Assert.IsType<ConditionalCheckFailedException>(error);
        Assert.Equal(8, dynamoDb.Puts.Count);
        Assert.Equal(8, dynamoDb.Gets.Count);
    }

    [Fact]
    public async Task WritesTheStateWithTheNextVersionConditionedOnTheOneRead()
    {
        // Arrange
        var stored = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            ["pk"] = new AttributeValue { S = "state" },
            ["version"] = new AttributeValue { N = "41" },
        };
        var dynamoDb = new ScriptedDynamoDb { OnGet = _ => new GetItemResponse { Item = stored } };
        var store = new DynamoDbHealerStateStore(dynamoDb, "state", new RecordedFaults());

        // Act
        await store.UpdateStateAsync(s => s.WithSettledAt(s_now), default);

        // Assert
        var put = Assert.Single(dynamoDb.Puts);
        Assert.Equal("42", put.Item["version"].N);
        Assert.Equal("41", put.ExpressionAttributeValues[":version"].N);
    }

    [Fact]
    public async Task CountsTheLiveEventClaimsOfEveryPage()
    {
        // Arrange: two pages, the first ending where the second starts.
        var next = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { ["pk"] = new AttributeValue { S = "event#evt-9" } };
        var dynamoDb = new ScriptedDynamoDb
        {
            OnScan = request => request.ExclusiveStartKey is null
                ? new ScanResponse { Count = 3, LastEvaluatedKey = next }
                : new ScanResponse { Count = 2, LastEvaluatedKey = [] },
        };
        var store = new DynamoDbHealerStateStore(dynamoDb, "state", new RecordedFaults());

        // Act
        var count = await store.CountEventClaimsAsync(s_now, default);

        // Assert
        Assert.Equal(5, count);
        Assert.Equal(2, dynamoDb.Scans.Count);
        Assert.Same(next, dynamoDb.Scans[1].ExclusiveStartKey);
        Assert.All(dynamoDb.Scans, scan => Assert.Equal(Amazon.DynamoDBv2.Select.COUNT, scan.Select));
    }
}
