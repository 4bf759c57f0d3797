using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// What CloudFormation accepts for one template parameter, from its declaration: AllowedValues, AllowedPattern (the
/// whole value must match), MinLength/MaxLength for a String, a number within MinValue/MaxValue for a Number.
/// </summary>
internal sealed class ParameterCheck(string name, JsonObject declaration)
{
    public string Name => name;

    public string? DefaultValue => declaration["Default"]?.ToString();

    public bool Accepts(string value)
    {
        if (declaration["AllowedValues"] is JsonArray allowed && !allowed.Any(v => v?.ToString() == value))
        {
            return false;
        }

        if (declaration["AllowedPattern"]?.GetValue<string>() is { } pattern && !Regex.IsMatch(value, $@"\A(?:{pattern})\z", RegexOptions.CultureInvariant))
        {
            return false;
        }

        if (declaration["Type"]?.GetValue<string>() == "Number")
        {
            return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                && (declaration["MinValue"] is not { } min || number >= Number(min))
                && (declaration["MaxValue"] is not { } max || number <= Number(max));
        }

        return (declaration["MinLength"] is not { } minLength || value.Length >= Number(minLength))
            && (declaration["MaxLength"] is not { } maxLength || value.Length <= Number(maxLength));
    }

    private static decimal Number(JsonNode node) => decimal.Parse(node.ToString(), CultureInfo.InvariantCulture);
}
