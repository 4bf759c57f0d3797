using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Inheritance.Internal;

/// <summary>The operator keywords as they appear in policy JSON, and reading an allowed-operators list.</summary>
internal static class OperatorSyntax
{
    public const string Prefix = "@@";
    public const string Assign = "@@assign";
    public const string Append = "@@append";
    public const string Remove = "@@remove";
    public const string AllowedForChildPolicies = "@@operators_allowed_for_child_policies";
    public const string AllOperators = "@@all";
    public const string NoOperators = "@@none";

    public static bool IsOperator(string key) => key.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>
    /// Reads <c>["@@all"]</c>, <c>["@@none"]</c> or a list of value-setting operators. <c>@@none</c> contributes
    /// nothing, so a list is the union of what it names; anything else is unreadable and restricts nothing.
    /// </summary>
    public static bool TryReadAllowed(JsonNode? list, out ValueSettingOperators allowed)
    {
        allowed = ValueSettingOperators.None;
        if (list is not JsonArray items)
        {
            return false;
        }

        foreach (var item in items)
        {
            var name = item is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
            switch (name)
            {
                case AllOperators: allowed |= ValueSettingOperators.All; break;
                case NoOperators: break;
                case Assign: allowed |= ValueSettingOperators.Assign; break;
                case Append: allowed |= ValueSettingOperators.Append; break;
                case Remove: allowed |= ValueSettingOperators.Remove; break;
                default: return false;
            }
        }

        return true;
    }

    /// <summary>The operators as a policy author writes them: "@@assign, @@append", or "@@none".</summary>
    public static string Describe(ValueSettingOperators operators)
    {
        if (operators == ValueSettingOperators.None)
        {
            return NoOperators;
        }

        var names = new List<string>(3);
        if (operators.HasFlag(ValueSettingOperators.Assign))
        {
            names.Add(Assign);
        }

        if (operators.HasFlag(ValueSettingOperators.Append))
        {
            names.Add(Append);
        }

        if (operators.HasFlag(ValueSettingOperators.Remove))
        {
            names.Add(Remove);
        }

        return string.Join(", ", names);
    }
}
