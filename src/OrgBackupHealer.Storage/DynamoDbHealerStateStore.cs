using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Storage.Internal;
using static OrgBackupHealer.Storage.Internal.StateTableLayout;

namespace OrgBackupHealer.Storage;

/// <summary>
/// The gate's state in a DynamoDB table (HEALER_STATE_TABLE: on-demand, key <c>pk</c> string, TTL on
/// <c>expiresAt</c>). Item layout:
/// <list type="bullet">
/// <item><c>pk = "event#&lt;event id&gt;"</c>: <c>status</c> INPROGRESS|COMPLETED, <c>until</c> N (epoch ms: the
/// lease end while in progress, the retention end once completed), <c>expiresAt</c> N (epoch s, TTL = until).
/// Claimed with a conditional PutItem (<c>attribute_not_exists(pk) OR until &lt;= now</c>), so of two concurrent
/// duplicates exactly one wins, and a crashed attempt's record is taken over once its lease has passed.</item>
/// <item><c>pk = "state"</c>: see <see cref="HealerStateItem"/>; replaced with a PutItem conditioned on its
/// <c>version</c>, retried on conflict.</item>
/// </list>
/// Uses the low-level client only (the DataModel layer relies on reflection and is not AOT safe).
/// </summary>
public sealed class DynamoDbHealerStateStore(IAmazonDynamoDB dynamoDb, string tableName) : IHealerStateStore
{
    private const int MaxStateWriteAttempts = 8;

    public async Task<EventClaim> TryClaimEventAsync(string eventId, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var request = new PutItemRequest
        {
            TableName = tableName,
            Item = EventItem(eventId, InProgress, leaseUntil),
            ConditionExpression = "attribute_not_exists(#pk) OR #until <= :now",
            ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#pk"] = Key, ["#until"] = Until },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [":now"] = Millis(now) },
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
        };
        try
        {
            await dynamoDb.PutItemAsync(request, cancellationToken).ConfigureAwait(false);
            return EventClaim.Claimed;
        }
        catch (ConditionalCheckFailedException e)
        {
            var existing = e.Item is { Count: > 0 } ? e.Item : await GetAsync(EventKey(eventId), cancellationToken).ConfigureAwait(false);
            return existing is not null && existing.TryGetValue(Status, out var status) && status.S == Completed
                ? EventClaim.Completed
                : EventClaim.InProgress;
        }
    }

    public Task CompleteEventAsync(string eventId, DateTimeOffset keepUntil, CancellationToken cancellationToken) =>
        dynamoDb.PutItemAsync(new PutItemRequest { TableName = tableName, Item = EventItem(eventId, Completed, keepUntil) }, cancellationToken);

    public async Task ReleaseEventAsync(string eventId, CancellationToken cancellationToken)
    {
        try
        {
            await dynamoDb.DeleteItemAsync(new DeleteItemRequest
            {
                TableName = tableName,
                Key = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [Key] = S(EventKey(eventId)) },
                ConditionExpression = "#status = :inprogress",
                ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#status"] = Status },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [":inprogress"] = S(InProgress) },
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ConditionalCheckFailedException)
        {
            // Already completed (or gone): nothing to release.
        }
    }

    public async Task<HealerState> ReadStateAsync(CancellationToken cancellationToken) =>
        HealerStateItem.Read(await GetAsync(StateKey, cancellationToken).ConfigureAwait(false)).State;

    public async Task<HealerState> UpdateStateAsync(Func<HealerState, HealerState> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var (current, version) = HealerStateItem.Read(await GetAsync(StateKey, cancellationToken).ConfigureAwait(false));
            var next = change(current);
            try
            {
                await dynamoDb.PutItemAsync(new PutItemRequest
                {
                    TableName = tableName,
                    Item = HealerStateItem.Write(next, version + 1),
                    ConditionExpression = "attribute_not_exists(#pk) OR #version = :version",
                    ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#pk"] = Key, ["#version"] = VersionNumber },
                    ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [":version"] = N(version) },
                }, cancellationToken).ConfigureAwait(false);
                return next;
            }
            catch (ConditionalCheckFailedException) when (attempt < MaxStateWriteAttempts)
            {
                // Another invocation wrote in between: re-read and apply the change to its result.
            }
        }
    }

    private async Task<Dictionary<string, AttributeValue>?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = tableName,
            Key = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [Key] = S(key) },
            ConsistentRead = true,
        }, cancellationToken).ConfigureAwait(false);
        return response.Item;
    }

    private static Dictionary<string, AttributeValue> EventItem(string eventId, string status, DateTimeOffset until) =>
        new(StringComparer.Ordinal)
        {
            [Key] = S(EventKey(eventId)),
            [Status] = S(status),
            [Until] = Millis(until),
            [ExpiresAt] = EpochSecondsCeiling(until),
        };
}
