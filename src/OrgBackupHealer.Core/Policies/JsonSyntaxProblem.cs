using System.Text;
using System.Text.Json;

namespace OrgBackupHealer.Core.Policies;

/// <summary>
/// Where a text stops being JSON, in the words and coordinates a person uses: 1-based line and column (characters,
/// not bytes), and a reason that says what was expected instead of System.Text.Json's reader wording.
/// </summary>
public sealed record JsonSyntaxProblem(int Line, int Column, string Reason)
{
    public override string ToString() => $"line {Line}, column {Column}: {Reason}";

    /// <summary>
    /// The first syntax problem of <paramref name="text"/> as a strict JSON reader sees it (no comments, no trailing
    /// commas, no duplicate keys, which AWS rejects in policies); null when it is well-formed JSON.
    /// </summary>
    public static JsonSyntaxProblem? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        // The reader's defaults are strict: no comments, no trailing commas.
        var reader = new Utf8JsonReader(bytes);
        var keysPerObject = new Stack<HashSet<string>>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        keysPerObject.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        keysPerObject.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        // GetString of a property name is never null.
                        var key = reader.GetString()!;
                        if (!keysPerObject.Peek().Add(key))
                        {
                            var (line, column) = Locate(bytes, reader.TokenStartIndex);
                            return new JsonSyntaxProblem(line, column, $"the key \"{key}\" appears twice in the same object; JSON keys must be unique");
                        }

                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var byteInLine = (int)(e.BytePositionInLine ?? 0);
            return new JsonSyntaxProblem(line + 1, ColumnOf(bytes, line, byteInLine), Humanize(e.Message));
        }

        return null;
    }

    /// <summary>The reader reports a byte offset within the line; a person counts characters.</summary>
    private static int ColumnOf(byte[] bytes, int line, int byteInLine)
    {
        var start = 0;
        for (var current = 0; current < line && start < bytes.Length; start++)
        {
            if (bytes[start] == (byte)'\n')
            {
                current++;
            }
        }

        // The reader never reports a position past the end of the text.
        return Encoding.UTF8.GetCharCount(bytes, start, byteInLine) + 1;
    }

    private static (int Line, int Column) Locate(byte[] bytes, long offset)
    {
        var upTo = (int)Math.Min(offset, bytes.Length);
        var lineStart = bytes.AsSpan(0, upTo).LastIndexOf((byte)'\n') + 1;
        var line = bytes.AsSpan(0, upTo).Count((byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(bytes, lineStart, upTo - lineStart) + 1);
    }

    /// <summary>The reader's message without its own location suffix, reworded for the common mistakes.</summary>
    private static string Humanize(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var reason = (cut >= 0 ? message[..cut] : message).Trim();
        var found = reason.StartsWith('\'') && reason.IndexOf("' is ", 1, StringComparison.Ordinal) is > 0 and var end ? reason[1..end] : null;
        return reason switch
        {
            _ when reason.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal) => "the text is empty; a policy is a JSON object such as {\"plans\": {…}}",
            _ when reason.StartsWith("Expected depth to be zero", StringComparison.Ordinal) => "the text ends before every '{' and '[' is closed",
            _ when reason.Contains("trailing comma", StringComparison.Ordinal) => "a comma before a closing '}' or ']' is not allowed in JSON",
            _ when found == "/" => "comments are not allowed in JSON",
            _ when reason.Contains("is an invalid start of a property name", StringComparison.Ordinal) => $"expected a key in double quotes, found {Quote(found)}",
            _ when reason.Contains("is invalid after a property name", StringComparison.Ordinal) => $"expected ':' after the key, found {Quote(found)}",
            _ when reason.Contains("is invalid after a value", StringComparison.Ordinal) => $"expected ',' or a closing '}}' or ']' after the value, found {Quote(found)} (a missing comma?)",
            _ when reason.Contains("is invalid after a single JSON value", StringComparison.Ordinal) => $"unexpected {Quote(found)} after the end of the document (one '}}' too many?)",
            _ when reason.Contains("is an invalid start of a value", StringComparison.Ordinal) => $"expected a value (a string in double quotes, a number, true, false, null, an object or an array), found {Quote(found)}",
            _ when reason.Contains("is an invalid JSON literal", StringComparison.Ordinal) => $"{Quote(found)} is not a JSON value: text needs double quotes, and the only bare words are true, false and null",
            _ when reason.Contains("is invalid within a JSON string", StringComparison.Ordinal) => "a string contains a line break or control character; write it escaped (\\n, \\t)",
            _ => reason,
        };
    }

    private static string Quote(string? found) => found is null ? "something else" : $"'{found}'";
}
