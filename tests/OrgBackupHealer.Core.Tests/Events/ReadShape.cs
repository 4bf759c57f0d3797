using System.Text.Json;

namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>
/// The type a member the healer reads must have: text, or an object with members of their own. Null always fits,
/// members not listed are not looked at, and a member given twice must fit both times.
/// </summary>
internal sealed class ReadShape
{
    private readonly (string Name, ReadShape Shape)[]? _members;

    private ReadShape((string Name, ReadShape Shape)[]? members) => _members = members;

    public static ReadShape Text { get; } = new(null);

    public static ReadShape Object(params (string Name, ReadShape Shape)[] members) => new(members);

    public bool Fits(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (_members is null)
        {
            return value.ValueKind == JsonValueKind.String && Decodes(value);
        }

        return value.ValueKind == JsonValueKind.Object
            && value.EnumerateObject().All(p => _members.Where(m => IsNamed(p, m.Name)).All(m => m.Shape.Fits(p.Value)));
    }

    /// <summary>A name whose escapes do not decode is no name the healer reads.</summary>
    public static bool IsNamed(JsonProperty property, string name)
    {
        try
        {
            return property.NameEquals(name);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Invalid UTF-8 and a \u escape of half a surrogate pair are not text.</summary>
    private static bool Decodes(JsonElement text)
    {
        try
        {
            _ = text.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
