using System.Text;

namespace OrgBackupHealer.Core.Events;

/// <summary>
/// A member's text kept as its bytes in the event body until something reads it. A classification's decisions read a
/// few of the fifteen or so members the records keep for the log line, and decoding every one of them was most of what
/// classifying an event cost beyond parsing it (docs/performance.md); a <see cref="System.Text.Json.JsonDocument"/>
/// decodes nothing until asked either. Only plain ASCII without escapes is deferred, so a deferred text always decodes:
/// anything else is decoded (and judged) while the body is read.
/// </summary>
/// <remarks>A mutable struct on purpose: it lives in a record's field and caches its text there on first read.</remarks>
internal struct DeferredText
{
    private readonly ReadOnlyMemory<byte> _ascii;
    private readonly bool _deferred;
    private string? _text;

    private DeferredText(ReadOnlyMemory<byte> ascii, bool deferred, string? text)
    {
        _ascii = ascii;
        _deferred = deferred;
        _text = text;
    }

    public static DeferredText Decoded(string? text) => new(default, false, text);

    /// <param name="ascii">Plain ASCII, which Latin-1 widens to the same characters in one pass.</param>
    public static DeferredText FromAscii(ReadOnlyMemory<byte> ascii) => new(ascii, true, null);

    public string? Value => _deferred ? _text ??= Encoding.Latin1.GetString(_ascii.Span) : _text;

    /// <summary>
    /// Whether the text is <paramref name="text"/> or starts with <paramref name="prefix"/>, ordinally and ignoring
    /// case, read from the bytes without decoding them: the self check reads two ARNs of every event, which the log
    /// line does not always need. Both arguments must be ASCII, where ASCII case and ordinal case agree.
    /// </summary>
    public readonly bool IsOrStartsWithIgnoreCase(string text, string prefix)
    {
        if (!_deferred)
        {
            return _text is { } value
                && (string.Equals(value, text, StringComparison.OrdinalIgnoreCase) || value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
        }

        var ascii = _ascii.Span;
        return Ascii.EqualsIgnoreCase(ascii, text) || (ascii.Length >= prefix.Length && Ascii.EqualsIgnoreCase(ascii[..prefix.Length], prefix));
    }
}
