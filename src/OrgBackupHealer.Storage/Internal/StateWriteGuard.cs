using Amazon.DynamoDBv2.Model;
using static OrgBackupHealer.Storage.Internal.StateTableLayout;

namespace OrgBackupHealer.Storage.Internal;

/// <summary>
/// The condition the next write of the state item puts on the item that was read (optimistic concurrency on
/// <c>version</c>), and the version that write stores. A version the healer cannot read (missing, of another type, not a
/// whole number) still guards the write: the condition then asks for that same unreadable version, so a hand-edited
/// item is replaced once, by one writer, instead of failing every write for ever.
/// </summary>
internal sealed record StateWriteGuard(string Condition, AttributeValue? Expected, long NextVersion)
{
    private const string NoItem = "attribute_not_exists(#pk)";

    public static StateWriteGuard For(Dictionary<string, AttributeValue>? item)
    {
        if (item is null || item.Count == 0)
        {
            return new($"{NoItem} OR #version = :version", N(0), 1);
        }

        if (!item.TryGetValue(VersionNumber, out var version))
        {
            return new($"{NoItem} OR attribute_not_exists(#version)", null, 1);
        }

        try
        {
            var known = StateAttributes.Long(version, VersionNumber);
            return new($"{NoItem} OR #version = :version", N(known), known + 1);
        }
        catch (InvalidDataException)
        {
            // A number the healer cannot use (1.5, 1e40) is compared as it is; any other type by its type alone.
            return version.N is not null
                ? new($"{NoItem} OR #version = :version", version, 1)
                : new($"{NoItem} OR attribute_type(#version, :version)", S(StateAttributes.TypeName(version)), 1);
        }
    }

    public static Dictionary<string, string> Names() =>
        new(StringComparer.Ordinal) { ["#pk"] = Key, ["#version"] = VersionNumber };

    public Dictionary<string, AttributeValue>? Values() =>
        Expected is null ? null : new(StringComparer.Ordinal) { [":version"] = Expected };
}
