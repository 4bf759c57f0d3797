using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using OrgBackupHealer.Core.Coverage;
using static OrgBackupHealer.Storage.Internal.StateTableLayout;

namespace OrgBackupHealer.Storage;

/// <summary>
/// The coverage checks' progress in the state table, one item: <c>pk = "coverage"</c>, <c>resume</c> L of M
/// {<c>id</c> S, <c>name</c> S} (the path to resume from), <c>cycleJudged</c> N, <c>cycleOverridden</c> N and, once a
/// cycle has finished, <c>lastCycleOverridden</c> N. One scheduled check writes it at a time (the function's reserved
/// concurrency is 1), so a plain PutItem replaces it.
/// </summary>
public sealed class DynamoDbCoverageProgressStore(IAmazonDynamoDB dynamoDb, string tableName) : ICoverageProgressStore
{
    public const string ItemKey = "coverage";
    private const string Resume = "resume";
    private const string Id = "id";
    private const string Name = "name";
    private const string CycleJudged = "cycleJudged";
    private const string CycleOverridden = "cycleOverridden";
    private const string LastCycleOverridden = "lastCycleOverridden";

    /// <exception cref="InvalidDataException">The item has an attribute of the wrong shape (edited by hand): the caller starts a cycle at the root.</exception>
    public async Task<CoverageProgress> ReadAsync(CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = tableName,
            Key = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [Key] = S(ItemKey) },
            ConsistentRead = true,
        }, cancellationToken).ConfigureAwait(false);
        return response.Item is { Count: > 0 } item ? Read(item) : CoverageProgress.Start;
    }

    public Task WriteAsync(CoverageProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var item = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [Key] = S(ItemKey),
            [Resume] = new() { L = [.. progress.Resume.Select(s => new AttributeValue { M = new(StringComparer.Ordinal) { [Id] = S(s.Id), [Name] = S(s.Name) } })] },
            [CycleJudged] = N(progress.CycleJudged),
            [CycleOverridden] = N(progress.CycleOverridden),
        };
        if (progress.LastCycleOverridden is { } last)
        {
            item[LastCycleOverridden] = N(last);
        }

        return dynamoDb.PutItemAsync(new PutItemRequest { TableName = tableName, Item = item }, cancellationToken);
    }

    private static CoverageProgress Read(Dictionary<string, AttributeValue> item)
    {
        var steps = item.TryGetValue(Resume, out var resume) && resume.L is { } list
            ? list.Select(Step).ToList()
            : throw Unreadable(Resume);
        return new CoverageProgress(steps, Count(item, CycleJudged), Count(item, CycleOverridden), item.ContainsKey(LastCycleOverridden) ? Count(item, LastCycleOverridden) : null);
    }

    private static CoverageStep Step(AttributeValue value) =>
        value.M is { } map && map.TryGetValue(Id, out var id) && id.S is { } idText && map.TryGetValue(Name, out var name) && name.S is { } nameText
            ? new CoverageStep(idText, nameText)
            : throw Unreadable(Resume);

    private static int Count(Dictionary<string, AttributeValue> item, string attribute) =>
        item.TryGetValue(attribute, out var value) && value.N is { } number && int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            ? count
            : throw Unreadable(attribute);

    private static InvalidDataException Unreadable(string attribute) =>
        new($"the state table's \"{ItemKey}\" item has no readable {attribute}: the coverage check starts a new cycle at the root, and its next write replaces the item");
}
