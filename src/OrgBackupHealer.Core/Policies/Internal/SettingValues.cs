using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Inheritance.Internal;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>
/// Reading setting values the way AWS's examples write them: numbers and booleans as JSON or as strings, and a value
/// either set through an operator (a policy) or bare (an effective policy, where the operators are resolved away).
/// </summary>
internal static class SettingValues
{
    /// <summary>
    /// The value a setting holds: its <c>@@assign</c>, else its <c>@@append</c> (appending to nothing gives the list), or
    /// the bare value of an effective policy; null when it sets none (absent, or only a child control operator).
    /// </summary>
    public static JsonNode? Read(JsonNode? setting) => setting switch
    {
        JsonObject operators when operators.TryGetPropertyValue(OperatorSyntax.Assign, out var assigned) => assigned,
        JsonObject operators => operators[OperatorSyntax.Append],
        _ => setting,
    };

    /// <summary>A JSON integer, or a string of digits as AWS's examples write numbers; null otherwise.</summary>
    public static long? WholeNumber(JsonNode? node) => node is not JsonValue value ? null : value.GetValueKind() switch
    {
        JsonValueKind.Number when value.TryGetValue<long>(out var number) => number,
        JsonValueKind.String when value.GetValue<string>() is { Length: > 0 and <= 18 } text && text.All(char.IsAsciiDigit) =>
            long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>true as a JSON boolean or the string "true" (the page writes both).</summary>
    public static bool IsTrue(JsonNode? node) => node is JsonValue value && value.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => value.GetValue<string>() == "true",
        _ => false,
    };

    /// <summary>true or false, as JSON booleans or as the strings "true" and "false".</summary>
    public static bool IsBoolean(JsonNode? node) => node is JsonValue value && value.GetValueKind() switch
    {
        JsonValueKind.True or JsonValueKind.False => true,
        JsonValueKind.String => value.GetValue<string>() is "true" or "false",
        _ => false,
    };
}
