using System.Text.Json;
using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Inheritance.Internal;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>
/// Walks a parsed policy along <see cref="BackupPolicyGrammar"/> and reports every departure with its JSON path: keys
/// the grammar does not know (with the nearest known key), values of the wrong type or out of range, and operators
/// where they cannot apply.
/// </summary>
internal sealed class GrammarChecker(List<PolicyValidationError> errors)
{
    private static readonly string[] s_operators = [OperatorSyntax.Assign, OperatorSyntax.Append, OperatorSyntax.Remove, OperatorSyntax.AllowedForChildPolicies];
    private static readonly string[] s_childControlValues = [OperatorSyntax.AllOperators, OperatorSyntax.NoOperators, OperatorSyntax.Assign, OperatorSyntax.Append, OperatorSyntax.Remove];

    public void Check(JsonNode? node, GrammarNode grammar, string path)
    {
        switch (grammar)
        {
            case FixedKeys fixedKeys:
                CheckFixedKeys(node, fixedKeys, path);
                break;
            case NamedEntries named:
                CheckNamedEntries(node, named, path);
                break;
            case Setting setting:
                CheckSetting(node, setting, path);
                break;
        }
    }

    private void CheckFixedKeys(JsonNode? node, FixedKeys grammar, string path)
    {
        if (RequireObject(node, grammar.What, path) is not { } obj)
        {
            return;
        }

        foreach (var (key, child) in obj)
        {
            var childPath = $"{path}.{key}";
            if (OperatorSyntax.IsOperator(key))
            {
                CheckCollectionOperator(key, child, grammar.What, childPath);
            }
            else if (grammar.Keys.TryGetValue(key, out var childGrammar))
            {
                Check(child, childGrammar, childPath);
            }
            else
            {
                errors.Add(new(childPath, UnknownKey(key, grammar)));
            }
        }
    }

    private void CheckNamedEntries(JsonNode? node, NamedEntries grammar, string path)
    {
        if (RequireObject(node, grammar.What, path) is not { } obj)
        {
            return;
        }

        foreach (var (key, child) in obj)
        {
            var childPath = $"{path}.{key}";
            if (OperatorSyntax.IsOperator(key))
            {
                CheckCollectionOperator(key, child, grammar.What, childPath);
                continue;
            }

            if (grammar.Name?.Check(key) is { } badName)
            {
                errors.Add(new(childPath, $"the {grammar.Name.Noun} name: {badName}"));
            }

            Check(child, grammar.Entry, childPath);
        }
    }

    /// <summary>A collection takes only the child control operator; values are set on its settings.</summary>
    private void CheckCollectionOperator(string key, JsonNode? value, string what, string path)
    {
        if (key == OperatorSyntax.AllowedForChildPolicies)
        {
            CheckChildControl(value, path);
        }
        else if (s_operators.Contains(key))
        {
            errors.Add(new(path, $"'{key}' cannot set {what} as a whole: put value-setting operators on the settings inside it"));
        }
        else
        {
            errors.Add(new(path, UnknownOperator(key)));
        }
    }

    private void CheckSetting(JsonNode? node, Setting setting, string path)
    {
        if (node is not JsonObject obj)
        {
            errors.Add(new(path, $"{setting.What} is set through an inheritance operator, e.g. {{\"@@assign\": …}}; found {Describe(node)}"));
            return;
        }

        foreach (var (key, value) in obj)
        {
            var childPath = $"{path}.{key}";
            switch (key)
            {
                case OperatorSyntax.Assign:
                    CheckValue(value, setting.Value, childPath);
                    break;
                case OperatorSyntax.Append or OperatorSyntax.Remove when !setting.MultiValued:
                    errors.Add(new(childPath, $"'{key}' applies only to lists (such as regions or tag values); {setting.What} is a single value: use @@assign"));
                    break;
                case OperatorSyntax.Append or OperatorSyntax.Remove:
                    CheckList(value, setting.Value, childPath);
                    break;
                case OperatorSyntax.AllowedForChildPolicies:
                    CheckChildControl(value, childPath);
                    break;
                default:
                    errors.Add(new(childPath, OperatorSyntax.IsOperator(key)
                        ? UnknownOperator(key)
                        : $"unknown key '{key}' inside {setting.What}: a setting holds only inheritance operators ({string.Join(", ", s_operators)})"));
                    break;
            }
        }
    }

    private void CheckValue(JsonNode? value, ValueRule rule, string path)
    {
        switch (rule.Shape)
        {
            case ValueShape.Text:
                CheckText(value, rule, path);
                break;
            case ValueShape.TextList:
                CheckList(value, rule, path);
                break;
            case ValueShape.TextOrTextList when value is JsonArray:
                CheckList(value, rule, path);
                break;
            case ValueShape.TextOrTextList:
                CheckText(value, rule, path);
                break;
            case ValueShape.WholeNumber:
                var number = SettingValues.WholeNumber(value);
                if (number is null)
                {
                    errors.Add(new(path, $"must be a whole number of {rule.Unit}, such as \"{Math.Max(rule.Minimum, 35)}\"; found {Describe(value)}"));
                }
                else if (number < rule.Minimum)
                {
                    errors.Add(new(path, $"must be at least {rule.Minimum} {rule.Unit}; found {number}"));
                }
                else if (number > rule.Maximum)
                {
                    errors.Add(new(path, $"must be at most {rule.Maximum} {rule.Unit}; found {number}"));
                }

                break;
            case ValueShape.Boolean:
                if (!SettingValues.IsBoolean(value))
                {
                    errors.Add(new(path, $"must be true or false; found {Describe(value)}"));
                }

                break;
        }
    }

    private void CheckList(JsonNode? value, ValueRule rule, string path)
    {
        if (value is not JsonArray items)
        {
            errors.Add(new(path, $"must be a list of strings, e.g. [\"…\"]; found {Describe(value)}"));
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            CheckText(items[i], rule, $"{path}[{i}]");
        }
    }

    private void CheckText(JsonNode? value, ValueRule rule, string path)
    {
        if (value is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
        {
            errors.Add(new(path, $"must be a string; found {Describe(value)}"));
            return;
        }

        var s = text.GetValue<string>();
        if (!rule.HoldsArn && s.Contains(SettingFormats.AccountPlaceholder, StringComparison.Ordinal))
        {
            errors.Add(new(path, $"{SettingFormats.AccountPlaceholder} stands for the account id only inside an ARN (a vault or an IAM role); it cannot be used here"));
        }
        else if (!rule.HoldsRegionPlaceholder && s.Contains(SettingFormats.RegionPlaceholder, StringComparison.Ordinal))
        {
            errors.Add(new(path, $"{SettingFormats.RegionPlaceholder} stands for the Region only in target_logically_air_gapped_backup_vault_arn; it cannot be used here"));
        }
        else if (rule.CheckText?.Invoke(s) is { } problem)
        {
            errors.Add(new(path, problem));
        }
    }

    private void CheckChildControl(JsonNode? value, string path)
    {
        var names = value is JsonArray items ? items.Select(i => i is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null).ToList() : null;
        if (names is null || names.Count == 0 || names.Any(n => n is null || !s_childControlValues.Contains(n)))
        {
            errors.Add(new(path, $"must be a list of operators child policies may use: [\"@@all\"], [\"@@none\"], or some of \"@@assign\", \"@@append\", \"@@remove\"; found {Describe(value)}"));
        }
        else if (names.Count > 1 && names.Any(n => n is OperatorSyntax.AllOperators or OperatorSyntax.NoOperators))
        {
            errors.Add(new(path, "\"@@all\" and \"@@none\" stand alone; list them without other operators"));
        }
    }

    private JsonObject? RequireObject(JsonNode? node, string what, string path)
    {
        if (node is JsonObject obj)
        {
            return obj;
        }

        errors.Add(new(path, $"must be an object ({what}); found {Describe(node)}"));
        return null;
    }

    private static string UnknownOperator(string key) =>
        $"unknown inheritance operator '{key}' (allowed: {string.Join(", ", s_operators)})";

    private static string UnknownKey(string key, FixedKeys grammar)
    {
        var known = grammar.Keys.Keys.ToList();
        var suggestion = KeySuggestion.Nearest(key, known) is { } nearest ? $" (did you mean '{nearest}'?)" : "";
        return $"unknown key '{key}' in {grammar.What}{suggestion}; known keys: {string.Join(", ", known)}";
    }

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "a list",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => $"\"{value.GetValue<string>()}\"",
        _ => node.ToJsonString(),
    };
}
