using System.Buffers;
using System.Text;
using System.Text.Json;

namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The sentences System.Text.Json gave for events it could not deserialize, rebuilt from the reader's position so an
/// invalid event's reason reads as it always has: the value's .NET type, the JSON path and the line and byte of the
/// token. Only called on a failed read.
/// </summary>
internal static class ParseFailureMessages
{
    /// <summary>Characters that make System.Text.Json write a path member as ['name'] instead of .name.</summary>
    private static readonly SearchValues<char> s_bracketedNameCharacters = SearchValues.Create(". '/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029");

    /// <summary>A token of the wrong JSON type, or a string that does not decode, read up to <paramref name="consumed"/>.</summary>
    public static string Unconvertible(ReadOnlySpan<byte> body, long consumed, string typeName, string path)
    {
        var before = body[..(int)consumed];
        var lastLineFeed = before.LastIndexOf((byte)'\n');
        var line = before.Count((byte)'\n');
        var bytePositionInLine = before.Length - (lastLineFeed + 1);
        return $"The JSON value could not be converted to {typeName}. Path: {path} | LineNumber: {line} | BytePositionInLine: {bytePositionInLine}.";
    }

    /// <summary>The reader's own sentence (which ends with the line and byte) with the path put before the position.</summary>
    public static string Malformed(JsonException readerError, string path)
    {
        var message = readerError.Message;
        var at = message.LastIndexOf(" LineNumber: ", StringComparison.Ordinal);
        // Stryker disable once String : every JsonException Utf8JsonReader throws ends with ' LineNumber: … | BytePositionInLine: ….', so the fallback is never built.
        return at >= 0 ? $"{message[..at]} Path: {path} |{message[at..]}" : $"{message} Path: {path}.";
    }

    /// <summary>The path of a top-level member, its name decoded as System.Text.Json decodes it for a path.</summary>
    public static string TopLevelPath(ReadOnlySpan<byte> unescapedName)
    {
        var name = Encoding.UTF8.GetString(unescapedName);
        return name.AsSpan().ContainsAny(s_bracketedNameCharacters) ? $"$['{name}']" : $"$.{name}";
    }
}
