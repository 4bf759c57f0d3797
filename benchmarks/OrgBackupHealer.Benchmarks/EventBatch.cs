using System.Text;
using System.Text.Json.Nodes;

namespace OrgBackupHealer.Benchmarks;

/// <summary>
/// Records for a batch: the fixtures in turn, each copy given fresh ids. The ids are replaced in the fixture's own
/// bytes (a new UUID has the same length), so every record keeps its fixture's layout and size.
/// </summary>
internal static class EventBatch
{
    public static byte[][] Create(byte[][] fixtures, int size)
    {
        var random = new Random(13);
        var batch = new byte[size][];
        for (var i = 0; i < size; i++)
        {
            var fixture = fixtures[i % fixtures.Length];
            var text = Encoding.UTF8.GetString(fixture);
            foreach (var id in Ids(fixture))
            {
                text = text.Replace(id, NewId(random), StringComparison.Ordinal);
            }

            batch[i] = Encoding.UTF8.GetBytes(text);
        }

        return batch;
    }

    private static IEnumerable<string> Ids(byte[] fixture)
    {
        var envelope = JsonNode.Parse(fixture)!;
        yield return envelope["id"]!.GetValue<string>();
        if (envelope["detail"]?["eventID"] is { } eventId)
        {
            yield return eventId.GetValue<string>();
        }
    }

    private static string NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
