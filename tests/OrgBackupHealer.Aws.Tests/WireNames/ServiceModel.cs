using System.Text.Json;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Aws.Tests.WireNames;

/// <summary>The official Organizations service model (tests/models), read once per test class.</summary>
internal sealed class ServiceModel
{
    private readonly JsonElement _root;

    private ServiceModel(JsonElement root) => _root = root;

    public static ServiceModel Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.OrganizationsModel));
        return new ServiceModel(document.RootElement.Clone());
    }

    public JsonElement Metadata => _root.GetProperty("metadata");

    public JsonElement? Operation(string name) =>
        _root.GetProperty("operations").TryGetProperty(name, out var operation) ? operation : null;

    public JsonElement? Shape(string name) =>
        _root.GetProperty("shapes").TryGetProperty(name, out var shape) ? shape : null;

    public IReadOnlyList<string> EnumValues(string shapeName) =>
        [.. Shape(shapeName)!.Value.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!)];
}
