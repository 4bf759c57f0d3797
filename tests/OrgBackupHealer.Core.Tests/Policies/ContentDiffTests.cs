using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests.Policies;

/// <summary>
/// What the planner shows as drift: each difference between the desired and the actual policy, at its JSON path, with
/// compact JSON on each side and null where the key is absent.
/// </summary>
public sealed class ContentDiffTests
{
    private static IReadOnlyList<ContentChange> Between(string desired, string actual) =>
        ContentDiff.Between(JsonNode.Parse(desired), JsonNode.Parse(actual));

    [Fact]
    public void AChangedNestedValueIsReportedAtItsPath()
    {
        Assert.Equal(
            [new ContentChange("$.a.c", "2", "3")],
            Between("""{"a":{"b":1,"c":2}}""", """{"a":{"c":3,"b":1}}"""));
    }

    [Fact]
    public void AKeyMissingOnTheActualSideHasNoActualValue()
    {
        Assert.Equal([new ContentChange("$.a", "\"x\"", null)], Between("""{"a":"x"}""", "{}"));
    }

    [Fact]
    public void AJsonNullMissingOnTheActualSideReadsAsNullJson()
    {
        Assert.Equal([new ContentChange("$.a", "null", null)], Between("""{"a":null}""", "{}"));
    }

    [Fact]
    public void AKeyOnlyOnTheActualSideHasNoDesiredValue()
    {
        Assert.Equal([new ContentChange("$.b", null, "[1]")], Between("{}", """{"b":[1]}"""));
    }

    [Fact]
    public void ValuesOfDifferentKindsDifferAsAWholeAtTheRoot()
    {
        Assert.Equal([new ContentChange("$", "{\"a\":1}", "[1]")], Between("""{"a":1}""", "[1]"));
    }

    [Fact]
    public void TheListStopsAtFiftyChanges()
    {
        var desired = new JsonObject(Enumerable.Range(0, 60).Select(i => KeyValuePair.Create($"k{i}", (JsonNode?)i)));
        var actual = new JsonObject(Enumerable.Range(0, 60).Select(i => KeyValuePair.Create($"k{i}", (JsonNode?)(i + 1))));

        var changes = ContentDiff.Between(desired, actual);

        Assert.Equal(ContentDiff.MaxChanges, changes.Count);
        Assert.Equal(new ContentChange("$.k0", "0", "1"), changes[0]);
        Assert.Equal(new ContentChange("$.k49", "49", "50"), changes[^1]);
    }

    [Fact]
    public void TheListStopsAtFiftyChangesWhenEveryKeyIsOnlyOnOneSide()
    {
        var keys = Enumerable.Range(0, 60).Select(i => KeyValuePair.Create($"k{i}", (JsonNode?)i));

        var onlyActual = ContentDiff.Between(new JsonObject(), new JsonObject(keys));
        var onlyDesired = ContentDiff.Between(new JsonObject(keys), new JsonObject());

        Assert.Equal(ContentDiff.MaxChanges, onlyActual.Count);
        Assert.Equal(new ContentChange("$.k49", null, "49"), onlyActual[^1]);
        Assert.Equal(ContentDiff.MaxChanges, onlyDesired.Count);
        Assert.Equal(new ContentChange("$.k49", "49", null), onlyDesired[^1]);
    }

    [Fact]
    public void NoActualContentDiffersAsAWhole()
    {
        var document = PolicyDocument.Parse(SamplePolicies.Shipped);

        var change = Assert.Single(document.ChangesFrom(null));

        Assert.Equal(new ContentChange("$", JsonNode.Parse(SamplePolicies.Shipped)!.ToJsonString(), null), change);
    }

    [Fact]
    public void ActualContentThatIsNotJsonDiffersAsAWholeShownAsItIs()
    {
        var document = PolicyDocument.Parse(SamplePolicies.Shipped);

        var change = Assert.Single(document.ChangesFrom("{not json"));

        Assert.Equal(new ContentChange("$", JsonNode.Parse(SamplePolicies.Shipped)!.ToJsonString(), "{not json"), change);
    }

    [Fact]
    public void ActualContentWithATrailingCommaIsNotStrictJsonAndDiffersAsAWhole()
    {
        var document = PolicyDocument.Parse(SamplePolicies.Shipped);
        var trailingComma = SamplePolicies.Shipped.TrimEnd()[..^1] + ",}";

        var change = Assert.Single(document.ChangesFrom(trailingComma));

        Assert.Equal(new ContentChange("$", JsonNode.Parse(SamplePolicies.Shipped)!.ToJsonString(), trailingComma), change);
    }
}
