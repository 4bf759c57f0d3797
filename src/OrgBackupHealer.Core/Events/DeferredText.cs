using System.Text;

namespace OrgBackupHealer.Core.Events;

/// <summary>
/// A member's text kept as its bytes in the event body until something reads it. A classification's decisions read a
/// few of the fifteen or so members the records keep for the log line, and decoding every one of them was most of what
/// classifying an event cost beyond parsing it (docs/performance.md); a <see cref="System.Text.Json.JsonDocument"/>
/// decodes nothing until asked either. Only plain ASCII without escapes is deferred, so a deferred text always decodes:
/// anything else is decoded (and judged) while the body is read.
/// </summary>
/// <remarks>
/// A mutable struct on purpose: it lives in a record's field and caches its text there on first read. One reference
/// and two offsets (16 bytes, where a <see cref="ReadOnlyMemory{T}"/>, a flag and the text took 32): every record
/// carries several, and they were most of what a classification allocates.
/// </remarks>
internal struct DeferredText
{
    /// <summary>The body's array while deferred; the text once decoded, or as given; null for no text.</summary>
    private object? _value;
    private readonly int _start;
    private readonly int _length;

    private DeferredText(object? value, int start, int length)
    {
        _value = value;
        _start = start;
        _length = length;
    }

    public static DeferredText Decoded(string? text) => new(text, 0, 0);

    /// <param name="body">The array the bytes are in; <paramref name="start"/> and <paramref name="length"/> are plain ASCII, which Latin-1 widens to the same characters in one pass.</param>
    public static DeferredText FromAscii(byte[] body, int start, int length) => new(body, start, length);

    public string? Value => _value is byte[] body ? (string)(_value = Encoding.Latin1.GetString(body, _start, _length)) : (string?)_value;

    /// <summary>
    /// Whether the text is <paramref name="text"/> or starts with <paramref name="prefix"/>, ordinally and ignoring
    /// case, read from the bytes without decoding them: the self check reads two ARNs of every event, which the log
    /// line does not always need. Both arguments must be ASCII, where ASCII case and ordinal case agree.
    /// </summary>
    public readonly bool IsOrStartsWithIgnoreCase(string text, string prefix)
    {
        if (_value is byte[] body)
        {
            var ascii = body.AsSpan(_start, _length);
            return Ascii.EqualsIgnoreCase(ascii, text) || (ascii.Length >= prefix.Length && Ascii.EqualsIgnoreCase(ascii[..prefix.Length], prefix));
        }

        return _value is string value
            && (string.Equals(value, text, StringComparison.OrdinalIgnoreCase) || value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }
}
