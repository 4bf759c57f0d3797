using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OrgBackupHealer.Aws.Tests.WireNames;

/// <summary>
/// Walks a source-generated shape (its JsonTypeInfo, i.e. exactly the names the serializer writes and reads)
/// beside a model shape, and lists every member whose name or JSON type the model does not have.
/// </summary>
internal sealed class WireShapeChecker(ServiceModel model, JsonSerializerContext context)
{
    private readonly List<string> _violations = [];

    public IReadOnlyList<string> Violations => _violations;

    public void CheckStructure(JsonTypeInfo info, string shapeName, string path)
    {
        if (model.Shape(shapeName) is not { } shape || shape.GetProperty("type").GetString() != "structure")
        {
            _violations.Add($"{path}: model shape {shapeName} is not a structure");
            return;
        }

        var members = shape.TryGetProperty("members", out var m) ? m : default;
        foreach (var property in info.Properties)
        {
            var memberPath = $"{path}.{property.Name}";
            if (members.ValueKind != JsonValueKind.Object || !members.TryGetProperty(property.Name, out var member))
            {
                _violations.Add($"{memberPath}: no member '{property.Name}' in model shape {shapeName}");
                continue;
            }

            CheckValue(property.PropertyType, member.GetProperty("shape").GetString()!, memberPath);
        }
    }

    private void CheckValue(Type type, string shapeName, string path)
    {
        var modelType = model.Shape(shapeName)?.GetProperty("type").GetString();
        var clrType = Nullable.GetUnderlyingType(type) ?? type;
        if (clrType.IsGenericType && clrType.GetGenericTypeDefinition() == typeof(List<>))
        {
            if (Expect(modelType, "list", path, shapeName))
            {
                var element = model.Shape(shapeName)!.Value.GetProperty("member").GetProperty("shape").GetString()!;
                CheckValue(clrType.GetGenericArguments()[0], element, path + "[]");
            }
        }
        else if (clrType == typeof(string))
        {
            Expect(modelType, "string", path, shapeName);
        }
        else if (clrType == typeof(bool))
        {
            Expect(modelType, "boolean", path, shapeName);
        }
        else if (clrType == typeof(int))
        {
            Expect(modelType, "integer", path, shapeName);
        }
        else if (context.GetTypeInfo(clrType) is { Kind: JsonTypeInfoKind.Object } nested)
        {
            CheckStructure(nested, shapeName, path);
        }
        else
        {
            _violations.Add($"{path}: {clrType.Name} has no JSON type the checker knows");
        }
    }

    private bool Expect(string? modelType, string expected, string path, string shapeName)
    {
        if (modelType == expected)
        {
            return true;
        }

        _violations.Add($"{path}: sent/read as {expected}, but model shape {shapeName} is {modelType ?? "missing"}");
        return false;
    }
}
