using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Policies;

/// <summary>
/// Checks the parts of the AWS Backup policy syntax that Organizations would reject or that would make the
/// policy useless, before anything is sent: size, shape of plans/rules/selections and inheritance operators.
/// </summary>
public static class BackupPolicyValidator
{
    /// <summary>The Organizations limit on policy content for backup policies.</summary>
    public const int MaxContentLength = 10_000;

    private static readonly HashSet<string> s_operators = new(StringComparer.Ordinal)
    {
        "@@assign", "@@append", "@@remove", "@@operators_allowed_for_child_policies",
    };

    /// <summary>
    /// Duplicate keys are an error: JsonNode would otherwise throw ArgumentException later, when the object is
    /// first enumerated, instead of reporting a JSON error.
    /// </summary>
    internal static JsonDocumentOptions StrictJson { get; } = new() { AllowTrailingCommas = false, AllowDuplicateProperties = false };

    public static IReadOnlyList<PolicyValidationError> Validate(string content) => Validate(content, out _);

    internal static IReadOnlyList<PolicyValidationError> Validate(string content, out JsonNode? parsed)
    {
        ArgumentNullException.ThrowIfNull(content);
        var errors = new List<PolicyValidationError>();
        parsed = null;
        if (content.Length > MaxContentLength)
        {
            errors.Add(new("$", $"document is {content.Length} characters; the limit is {MaxContentLength}"));
        }

        try
        {
            parsed = JsonNode.Parse(content, documentOptions: StrictJson);
        }
        catch (JsonException ex)
        {
            errors.Add(new("$", $"not valid JSON ({ex.Message})"));
            return errors;
        }

        if (parsed is not JsonObject root)
        {
            errors.Add(new("$", "must be a JSON object"));
            return errors;
        }

        CheckOperators(root, "$", errors);
        CheckPlans(root, errors);
        return errors;
    }

    private static void CheckPlans(JsonObject root, List<PolicyValidationError> errors)
    {
        if (root["plans"] is not JsonObject plans)
        {
            errors.Add(new("$.plans", root.ContainsKey("plans") ? "must be an object" : "required"));
            return;
        }

        if (!plans.Any(p => !IsOperator(p.Key)))
        {
            errors.Add(new("$.plans", "must contain at least one plan"));
        }

        // A child control operator may sit beside the plans (or the rules) it governs; it is not a plan or a rule.
        foreach (var (name, plan) in plans.Where(p => !IsOperator(p.Key)))
        {
            var path = $"$.plans.{name}";
            if (plan is not JsonObject planObject)
            {
                errors.Add(new(path, "must be an object"));
                continue;
            }

            RequireMember(planObject, "regions", path, errors);
            RequireMember(planObject, "selections", path, errors);
            CheckRules(planObject, path, errors);
        }
    }

    private static void CheckRules(JsonObject plan, string planPath, List<PolicyValidationError> errors)
    {
        var path = planPath + ".rules";
        if (plan["rules"] is not JsonObject rules)
        {
            errors.Add(new(path, plan.ContainsKey("rules") ? "must be an object" : "required"));
            return;
        }

        if (!rules.Any(r => !IsOperator(r.Key)))
        {
            errors.Add(new(path, "must contain at least one rule"));
        }

        foreach (var (name, rule) in rules.Where(r => !IsOperator(r.Key)))
        {
            var rulePath = $"{path}.{name}";
            if (rule is not JsonObject ruleObject)
            {
                errors.Add(new(rulePath, "must be an object"));
                continue;
            }

            RequireMember(ruleObject, "target_backup_vault_name", rulePath, errors);
        }
    }

    private static bool IsOperator(string key) => key.StartsWith("@@", StringComparison.Ordinal);

    private static void RequireMember(JsonObject parent, string member, string parentPath, List<PolicyValidationError> errors)
    {
        if (!parent.ContainsKey(member) || parent[member] is null)
        {
            errors.Add(new($"{parentPath}.{member}", "required"));
        }
    }

    private static void CheckOperators(JsonNode? node, string path, List<PolicyValidationError> errors)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    var childPath = $"{path}.{key}";
                    if (IsOperator(key) && !s_operators.Contains(key))
                    {
                        errors.Add(new(childPath, $"unknown inheritance operator '{key}' (allowed: {string.Join(", ", s_operators)})"));
                    }

                    CheckOperators(child, childPath, errors);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    CheckOperators(array[i], $"{path}[{i}]", errors);
                }

                break;
        }
    }
}
