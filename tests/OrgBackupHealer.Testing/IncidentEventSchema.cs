using System.Text.Json.Nodes;

namespace OrgBackupHealer.Testing;

/// <summary>
/// docs/incident-event.schema.json, and a validator for the part of JSON Schema it uses (type, const, enum, required,
/// properties, additionalProperties: false, items), so tests judge events by the documented schema itself.
/// </summary>
public static class IncidentEventSchema
{
    public static JsonObject Load() =>
        JsonNode.Parse(File.ReadAllText(RepositoryPaths.FindAbove(Path.Combine("docs", "incident-event.schema.json"))))!.AsObject();

    /// <summary>The documented detail-type of each detail kind ("x-detail-types").</summary>
    public static IReadOnlyDictionary<string, string> DetailTypes() =>
        Load()["x-detail-types"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);

    /// <returns>Every violation, as "path: what"; empty when the event matches.</returns>
    public static IReadOnlyList<string> Validate(JsonNode? instance, JsonNode? schema = null)
    {
        var errors = new List<string>();
        Check(instance, schema ?? Load(), "$", errors);
        return errors;
    }

    private static void Check(JsonNode? value, JsonNode? schema, string path, List<string> errors)
    {
        if (schema is not JsonObject s)
        {
            return;
        }

        if (s["const"] is { } constant && !JsonNode.DeepEquals(constant, value))
        {
            errors.Add($"{path}: {value?.ToJsonString() ?? "null"} is not {constant.ToJsonString()}");
        }

        if (s["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, value)))
        {
            errors.Add($"{path}: {value?.ToJsonString() ?? "null"} is none of {options.ToJsonString()}");
        }

        if (s["type"] is { } type)
        {
            var allowed = type is JsonArray many ? many.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!allowed.Contains(TypeOf(value)))
            {
                errors.Add($"{path}: is {TypeOf(value)}, not {string.Join(" or ", allowed)}");
                return;
            }
        }

        if (value is JsonObject obj)
        {
            foreach (var required in (s["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()).Where(r => !obj.ContainsKey(r)))
            {
                errors.Add($"{path}: {required} is missing");
            }

            var properties = s["properties"] as JsonObject ?? [];
            foreach (var (name, member) in obj)
            {
                if (properties[name] is { } memberSchema)
                {
                    Check(member, memberSchema, $"{path}.{name}", errors);
                }
                else if (s["additionalProperties"] is JsonValue additional && !additional.GetValue<bool>())
                {
                    errors.Add($"{path}: {name} is not in the schema");
                }
            }
        }

        if (value is JsonArray array && s["items"] is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(array[i], items, $"{path}[{i}]", errors);
            }
        }
    }

    private static string TypeOf(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v when v.TryGetValue<string>(out _) => "string",
        JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
        _ => "number",
    };
}
