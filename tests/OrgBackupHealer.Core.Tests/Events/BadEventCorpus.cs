using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>
/// Generated bad inputs: random bytes, truncated and byte-mutated fixtures, fixtures with one value swapped for
/// another JSON type, wrong top-level types and bodies above the EventBridge size limit.
/// Linked into the function tests too, so the loop sees the same corpus as the classifier.
/// </summary>
internal static class BadEventCorpus
{
    private static readonly byte[][] s_fixtures =
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "events"), "*.json").Order().Select(File.ReadAllBytes)];

    private static readonly string[] s_replacements = ["null", "42", "\"text\"", "[]", "{}", "true", "[1,\"x\",{}]", "-1e300"];

    public static Gen<byte[]> RandomBytes { get; } = Gen.Byte.Array[0, 2048];

    /// <summary>A strict prefix of a fixture that stops before its closing brace: never valid JSON.</summary>
    public static Gen<byte[]> Truncated { get; } = Gen.Select(Fixture, Gen.Int[0, int.MaxValue], (f, cut) => f[..(cut % (f.Length - 2))]);

    public static Gen<byte[]> ByteMutated { get; } = Gen.Select(Fixture, Gen.Int[0, int.MaxValue].Array[1, 8], Gen.Byte, Mutate);

    public static Gen<byte[]> TypeSwapped { get; } = Gen.Select(Fixture, Gen.Int[0, int.MaxValue], Gen.Int[0, s_replacements.Length - 1], Swap);

    public static Gen<byte[]> WrongTopLevel { get; } = Gen.OneOf("[]", "1", "\"x\"", "null", "true", "", " ", "{").Select(Encoding.UTF8.GetBytes);

    public static Gen<byte[]> Oversized { get; } = Gen.Select(Fixture, Gen.Int[Core.Events.EventClassifier.MaxEventBytes + 1, 6 * 1024 * 1024], Pad);

    public static Gen<byte[]> All { get; } = Gen.Frequency<byte[]>(
        (4, RandomBytes), (4, Truncated), (4, ByteMutated), (6, TypeSwapped), (2, WrongTopLevel), (1, Oversized));

    private static Gen<byte[]> Fixture => Gen.Int[0, s_fixtures.Length - 1].Select(i => s_fixtures[i]);

    private static byte[] Mutate(byte[] fixture, int[] positions, byte value)
    {
        var copy = (byte[])fixture.Clone();
        foreach (var p in positions)
        {
            copy[p % copy.Length] = value;
        }

        return copy;
    }

    private static byte[] Swap(byte[] fixture, int pick, int replacement)
    {
        var root = JsonNode.Parse(fixture)!;
        var nodes = Descendants(root).ToList();
        var target = nodes[pick % nodes.Count];
        var value = JsonNode.Parse(s_replacements[replacement]);
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = value;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = value;
                break;
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static byte[] Pad(byte[] fixture, int size)
    {
        var padded = new byte[Math.Max(size, fixture.Length)];
        fixture.CopyTo(padded, 0);
        padded.AsSpan(fixture.Length).Fill((byte)' ');
        return padded;
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            yield return child;
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }
}
