using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace OrgBackupHealer.Storage.Internal;

/// <summary>
/// Strict readers of single attributes: each either returns the value the healer wrote or throws
/// <see cref="InvalidDataException"/> naming the attribute and what it holds instead. Nothing is guessed: an item that
/// holds anything else was edited by hand, and reading half of it would make the gate decide on a made-up state.
/// </summary>
internal static class StateAttributes
{
    public static long Long(AttributeValue value, string name) =>
        value.N is { } n && long.TryParse(n, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new InvalidDataException($"{name} is {Describe(value)}, not a whole number");

    public static DateTimeOffset Millis(AttributeValue value, string name)
    {
        var millis = Long(value, name);
        return millis >= DateTimeOffset.MinValue.ToUnixTimeMilliseconds() && millis <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds(millis)
            : throw new InvalidDataException($"{name} is {millis}, not a time in epoch milliseconds");
    }

    public static string String(AttributeValue value, string name) =>
        value.S ?? throw new InvalidDataException($"{name} is {Describe(value)}, not a string");

    public static List<AttributeValue> List(AttributeValue value, string name) =>
        value.L ?? throw new InvalidDataException($"{name} is {Describe(value)}, not a list");

    public static Dictionary<string, AttributeValue> Map(AttributeValue value, string name) =>
        value.M ?? throw new InvalidDataException($"{name} is {Describe(value)}, not a map");

    public static AttributeValue Required(Dictionary<string, AttributeValue> item, string attribute, string name) =>
        item.TryGetValue(attribute, out var value) ? value : throw new InvalidDataException($"{name} is missing");

    /// <summary>The DynamoDB type of <paramref name="value"/>, as <c>attribute_type</c> names it (S, N, B, BOOL, NULL, L, M, SS, NS, BS).</summary>
    public static string TypeName(AttributeValue value) => value switch
    {
        { S: not null } => "S",
        { N: not null } => "N",
        { B: not null } => "B",
        { BOOL: not null } => "BOOL",
        { NULL: not null } => "NULL",
        { L: not null } => "L",
        { M: not null } => "M",
        { SS: not null } => "SS",
        { NS: not null } => "NS",
        { BS: not null } => "BS",
        _ => "NULL",
    };

    private static string Describe(AttributeValue value) => value switch
    {
        { N: { } n } => $"the number {n}",
        { S: { } s } => $"the string \"{(s.Length > 40 ? s[..40] + "…" : s)}\"",
        _ => $"of type {TypeName(value)}",
    };
}
