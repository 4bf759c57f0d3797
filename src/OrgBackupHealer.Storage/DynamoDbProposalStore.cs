using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using OrgBackupHealer.Core.Approvals;
using OrgBackupHealer.Storage.Internal;
using static OrgBackupHealer.Storage.Internal.StateTableLayout;

namespace OrgBackupHealer.Storage;

/// <summary>
/// Proposals in the state table. Each is one item, <c>pk = "proposal#&lt;id&gt;"</c> (<see cref="ProposalItem"/>), created
/// only if absent and closed only while its <c>status</c> is <c>OPEN</c>; an entry's open proposal is named by
/// <c>pk = "proposal-open#&lt;entry key&gt;"</c>, <c>id</c> S, written only over the proposal it replaces. Items expire
/// (TTL) 30 days after the proposal does. Listing scans for open proposal items: the CLI's <c>proposals</c> needs
/// dynamodb:Scan, the function never lists.
/// </summary>
public sealed class DynamoDbProposalStore(IAmazonDynamoDB dynamoDb, string tableName) : IProposalStore
{
    public const string ItemPrefix = "proposal#";
    public const string OpenPrefix = "proposal-open#";
    private const string Id = "id";

    public async Task<Proposal?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var item = await GetItemAsync(ItemPrefix + id, cancellationToken).ConfigureAwait(false);
        return item is null ? null : ProposalItem.Read(item);
    }

    public async Task<Proposal?> FindOpenAsync(string policy, CancellationToken cancellationToken)
    {
        var pointer = await GetItemAsync(OpenPrefix + policy, cancellationToken).ConfigureAwait(false);
        if (pointer is null || !pointer.TryGetValue(Id, out var id) || id.S is null)
        {
            return null;
        }

        var proposal = await GetAsync(id.S, cancellationToken).ConfigureAwait(false);
        if (proposal is { IsOpen: true })
        {
            return proposal;
        }

        // A pointer left behind by a close that stopped half-way: removed, so the next proposal can take its place.
        await DeletePointerAsync(policy, id.S, cancellationToken).ConfigureAwait(false);
        return null;
    }

    public async Task<IReadOnlyList<Proposal>> ListOpenAsync(CancellationToken cancellationToken)
    {
        var open = new List<Proposal>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await dynamoDb.ScanAsync(new ScanRequest
            {
                TableName = tableName,
                ConsistentRead = true,
                FilterExpression = "begins_with(#pk, :prefix) AND #status = :open",
                ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#pk"] = Key, ["#status"] = ProposalItem.StatusAttribute },
                ExpressionAttributeValues = new(StringComparer.Ordinal) { [":prefix"] = S(ItemPrefix), [":open"] = S(ProposalItem.OpenStatus) },
                ExclusiveStartKey = start,
            }, cancellationToken).ConfigureAwait(false);
            open.AddRange((page.Items ?? []).Select(ProposalItem.Read));
            start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (start is not null);

        return [.. open.OrderBy(p => p.CreatedAt)];
    }

    public async Task OpenAsync(Proposal proposal, string? replacesId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        try
        {
            await dynamoDb.PutItemAsync(new PutItemRequest
            {
                TableName = tableName,
                Item = ProposalItem.Write(proposal),
                ConditionExpression = "attribute_not_exists(#pk)",
                ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#pk"] = Key },
            }, cancellationToken).ConfigureAwait(false);
            var pointer = new PutItemRequest
            {
                TableName = tableName,
                Item = new(StringComparer.Ordinal) { [Key] = S(OpenPrefix + proposal.Policy), [Id] = S(proposal.Id), [ExpiresAt] = ProposalItem.Ttl(proposal) },
                ConditionExpression = replacesId is null ? "attribute_not_exists(#pk)" : "#id = :replaces",
                ExpressionAttributeNames = replacesId is null
                    ? new(StringComparer.Ordinal) { ["#pk"] = Key }
                    : new(StringComparer.Ordinal) { ["#id"] = Id },
            };
            if (replacesId is not null)
            {
                pointer.ExpressionAttributeValues = new(StringComparer.Ordinal) { [":replaces"] = S(replacesId) };
            }

            await dynamoDb.PutItemAsync(pointer, cancellationToken).ConfigureAwait(false);
        }
        catch (ConditionalCheckFailedException e)
        {
            throw new ProposalConflictException($"the open proposal of '{proposal.Policy}' is not {replacesId ?? "none"} any more", e);
        }
    }

    public async Task<bool> CloseAsync(Proposal closed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(closed);
        try
        {
            await dynamoDb.PutItemAsync(new PutItemRequest
            {
                TableName = tableName,
                Item = ProposalItem.Write(closed),
                ConditionExpression = "#status = :open",
                ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#status"] = ProposalItem.StatusAttribute },
                ExpressionAttributeValues = new(StringComparer.Ordinal) { [":open"] = S(ProposalItem.OpenStatus) },
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }

        await DeletePointerAsync(closed.Policy, closed.Id, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task DeletePointerAsync(string policy, string id, CancellationToken cancellationToken)
    {
        try
        {
            await dynamoDb.DeleteItemAsync(new DeleteItemRequest
            {
                TableName = tableName,
                Key = new(StringComparer.Ordinal) { [Key] = S(OpenPrefix + policy) },
                ConditionExpression = "#id = :id",
                ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#id"] = Id },
                ExpressionAttributeValues = new(StringComparer.Ordinal) { [":id"] = S(id) },
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ConditionalCheckFailedException)
        {
            // The entry's open proposal is another one already: nothing of this one to remove.
        }
    }

    private async Task<Dictionary<string, AttributeValue>?> GetItemAsync(string key, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = tableName,
            Key = new(StringComparer.Ordinal) { [Key] = S(key) },
            ConsistentRead = true,
        }, cancellationToken).ConfigureAwait(false);
        return response.Item is { Count: > 0 } item ? item : null;
    }
}
