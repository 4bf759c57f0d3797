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
/// <item><c>pk = "event#&lt;event id&gt;"</c>: see <see cref="EventClaimItem"/>. Claimed with a conditional PutItem
/// (<see cref="EventClaimItem.ClaimCondition"/>), so of two concurrent duplicates exactly one wins, and a crashed
/// attempt's record is taken over once its lease has passed, or at once by a retry of the same attempt.</item>
/// <item><c>pk = "state"</c>: see <see cref="HealerStateItem"/>; replaced with a PutItem conditioned on its
/// <c>version</c>, retried on conflict.</item>
/// </list>
/// An item the store cannot read (a hand edit: an attribute of another type) never stops the healer: it is reported to
/// <paramref name="faults"/> as an <see cref="UnreadableStateItemException"/> and read as empty (the state) or absent
/// (an event claim), and the next write replaces it. Errors of DynamoDB itself (throttling, access denied) are thrown.
/// Uses the low-level client only (the DataModel layer relies on reflection and is not AOT safe).
/// </summary>
public sealed class DynamoDbHealerStateStore(IAmazonDynamoDB dynamoDb, string tableName, IStateStoreFaults faults) : IHealerStateStore
{
    private const int MaxStateWriteAttempts = 8;

    public async Task<EventClaim> TryClaimEventAsync(string eventId, string attempt, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var request = new PutItemRequest
        {
            TableName = tableName,
            Item = EventClaimItem.Write(eventId, InProgress, leaseUntil, attempt),
            ConditionExpression = EventClaimItem.ClaimCondition(attempt),
            ExpressionAttributeNames = EventClaimItem.ClaimNames(attempt),
            ExpressionAttributeValues = EventClaimItem.ClaimValues(now, attempt),
            ReturnValues = ReturnValue.ALL_OLD,
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
        };
        try
        {
            var response = await dynamoDb.PutItemAsync(request, cancellationToken).ConfigureAwait(false);
            if (EventClaimItem.ProblemWith(response.Attributes) is { } problem)
            {
                Report($"claiming event {eventId}", EventKey(eventId), problem);
            }

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
        dynamoDb.PutItemAsync(new PutItemRequest { TableName = tableName, Item = EventClaimItem.Write(eventId, Completed, keepUntil) }, cancellationToken);

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
        (await ReadStateItemAsync("reading the healer state", cancellationToken).ConfigureAwait(false)).State;

    public async Task<HealerState> UpdateStateAsync(Func<HealerState, HealerState> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var (current, guard, _) = await ReadStateItemAsync("updating the healer state", cancellationToken).ConfigureAwait(false);
            var next = change(current);
            try
            {
                await dynamoDb.PutItemAsync(new PutItemRequest
                {
                    TableName = tableName,
                    Item = HealerStateItem.Write(next, guard.NextVersion),
                    ConditionExpression = guard.Condition,
                    ExpressionAttributeNames = StateWriteGuard.Names(),
                    ExpressionAttributeValues = guard.Values(),
                }, cancellationToken).ConfigureAwait(false);
                return next;
            }
            catch (ConditionalCheckFailedException) when (attempt < MaxStateWriteAttempts)
            {
                // Another invocation wrote in between: re-read and apply the change to its result.
            }
        }
    }

    /// <summary>
    /// The event claims that still hold (their <c>until</c> is after <paramref name="now"/>): what an operator sees with
    /// <c>orgbackuphealer state show</c>. A scan of the whole table, which holds one item per event of the last day.
    /// </summary>
    public async Task<int> CountEventClaimsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var count = 0;
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await dynamoDb.ScanAsync(new ScanRequest
            {
                TableName = tableName,
                Select = Select.COUNT,
                FilterExpression = "begins_with(#pk, :event) AND #until > :now",
                ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#pk"] = Key, ["#until"] = Until },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [":event"] = S(EventKey("")), [":now"] = Millis(now) },
                ExclusiveStartKey = start,
            }, cancellationToken).ConfigureAwait(false);
            count += page.Count ?? 0;
            start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (start is not null);

        return count;
    }

    private async Task<StateItemReading> ReadStateItemAsync(string operation, CancellationToken cancellationToken)
    {
        var reading = HealerStateItem.Read(await GetAsync(StateKey, cancellationToken).ConfigureAwait(false));
        if (reading.Problem is { } problem)
        {
            Report(operation, StateKey, problem);
        }

        return reading;
    }

    private void Report(string operation, string itemKey, string problem) =>
        faults.StateStoreFailed(operation, new UnreadableStateItemException(itemKey, problem));

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
}
