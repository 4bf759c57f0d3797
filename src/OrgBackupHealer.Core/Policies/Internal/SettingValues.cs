using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>Reading setting values the way AWS's examples write them: numbers and booleans as JSON or as strings.</summary>
internal static class SettingValues
{
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
