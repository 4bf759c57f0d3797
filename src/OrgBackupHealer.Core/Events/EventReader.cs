using System.Text.Json;

namespace OrgBackupHealer.Core.Events;

/// <summary>
/// Reads an event body in one forward pass of <see cref="Utf8JsonReader"/>: the mapped members into the records,
/// every other value skipped, the whole document validated. It reproduces what the source-generated deserializer
/// accepted and how it failed, which the classifier's results depend on:
/// <list type="bullet">
/// <item>any syntax error, trailing data, comment, trailing comma or nesting deeper than 64 fails the read;</item>
/// <item>a mapped member of the wrong JSON type, a mapped string that does not decode (invalid UTF-8, an unpaired
/// surrogate escape) or a property name of a mapped object with an unpaired surrogate escape fails it too;</item>
/// <item>members match case-sensitively after unescaping, a repeated member's last value wins, null is allowed
/// everywhere;</item>
/// <item>when the body fails to read, only its header (source and detail-type) and JSON syntax are checked past
/// the failure, as the classifier then asked the deserializer for the header alone.</item>
/// </list>
/// </summary>
internal ref partial struct EventReader
{
    /// <summary>The deserializer's reader settings: no comments, no trailing commas, depth at most 64.</summary>
    private static readonly JsonReaderOptions s_options = new() { MaxDepth = 64 };

    /// <summary>How the deserializer named the resources list's type in its failures.</summary>
    private const string ResourcesTypeName = "System.Collections.Generic.IReadOnlyList`1[System.String]";

    private readonly ReadOnlySpan<byte> _body;
    private Utf8JsonReader _reader;
    private string? _shapeError;
    private string? _headerError;
    private string? _source;
    private string? _detailType;

    /// <summary>Where the raw name of the top-level member whose value is being read starts, or -1 between members.</summary>
    private int _topLevelNameStart = -1;
    private int _topLevelNameLength;

    private EventReader(ReadOnlySpan<byte> body)
    {
        _body = body;
        _reader = new Utf8JsonReader(body, s_options);
    }

    public static EventReading Read(ReadOnlySpan<byte> body)
    {
        var reader = new EventReader(body);
        var envelope = reader.ReadDocument();
        return new EventReading(
            reader._shapeError is null ? envelope : null,
            new EventHeader(reader._source, reader._detailType),
            reader._shapeError,
            reader._headerError);
    }

    private EventBridgeEvent? ReadDocument()
    {
        try
        {
            _reader.Read();
            EventBridgeEvent? envelope = null;
            switch (_reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    envelope = ReadEnvelope();
                    if (_headerError is not null)
                    {
                        return null;
                    }

                    break;
                case JsonTokenType.Null:
                    break;
                default:
                    FailHeader("$");
                    return null;
            }

            // Past the document only whitespace may follow; the reader throws on anything else.
            _reader.Read();
            return envelope;
        }
        catch (JsonException e)
        {
            // Within a top-level member's value the deserializer's path names the member; anywhere else it is the root.
            // Stryker disable once Equality : a top-level name starts after the document's '{' and its own opening quote, so a set start is at least 2 and never 0.
            var path = _topLevelNameStart < 0 ? "$" : ParseFailureMessages.TopLevelPath(TopLevelName());
            _shapeError ??= ParseFailureMessages.Malformed(e, path);
            _headerError = ParseFailureMessages.Malformed(e, path);
            return null;
        }
    }

    private EventBridgeEvent? ReadEnvelope()
    {
        string? version = null, id = null, account = null, time = null, region = null;
        IReadOnlyList<string?>? resources = null;
        CloudTrailDetail? detail = null;
        // Stryker disable once String : this path only reaches the shape error when a name does not decode, and at the top level that also fails the header (below), whose error is the one the classifier reports.
        while (NextMember(typeof(EventBridgeEvent), "$", out var member))
        {
            if (member == EventMember.UnreadableName)
            {
                FailHeader("$");
                return null;
            }

            // The token starts at the name's opening quote.
            _topLevelNameStart = (int)_reader.TokenStartIndex + 1;
            _topLevelNameLength = _reader.ValueSpan.Length;
            switch (member)
            {
                case EventMember.Source:
                    if (!ReadHeaderString(out _source, "$.source"))
                    {
                        return null;
                    }

                    break;
                case EventMember.DetailType:
                    if (!ReadHeaderString(out _detailType, "$.detail-type"))
                    {
                        return null;
                    }

                    break;
                case EventMember.Version:
                    version = ReadString(typeof(EventBridgeEvent), "$.version");
                    break;
                case EventMember.Id:
                    id = ReadString(typeof(EventBridgeEvent), "$.id");
                    break;
                case EventMember.Account:
                    account = ReadString(typeof(EventBridgeEvent), "$.account");
                    break;
                case EventMember.Time:
                    time = ReadString(typeof(EventBridgeEvent), "$.time");
                    break;
                case EventMember.Region:
                    region = ReadString(typeof(EventBridgeEvent), "$.region");
                    break;
                case EventMember.Resources:
                    resources = ReadResources();
                    break;
                case EventMember.Detail:
                    detail = ReadDetail();
                    break;
                default:
                    _reader.Skip();
                    break;
            }

            _topLevelNameStart = -1;
        }

        return new EventBridgeEvent
        {
            Version = version,
            Id = id,
            DetailType = _detailType,
            Source = _source,
            Account = account,
            Time = time,
            Region = region,
            Resources = resources,
            Detail = detail,
        };
    }

    /// <summary>Reads a value that must be an object of <paramref name="type"/> or null; true when it is an object.</summary>
    private bool EnterObject(Type type, string path)
    {
        _reader.Read();
        switch (_reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return true;
            case JsonTokenType.Null:
                return false;
            default:
                FailShape(type, path);
                _reader.Skip();
                return false;
        }
    }

    /// <summary>
    /// Reads the next property name of an object of <paramref name="type"/>, false at its end. A name whose escapes
    /// do not decode fails the read as the deserializer failed it, and comes back as <see cref="EventMember.UnreadableName"/>
    /// for the caller to skip its value.
    /// </summary>
    private bool NextMember(Type type, string path, out EventMember member)
    {
        _reader.Read();
        if (_reader.TokenType == JsonTokenType.EndObject)
        {
            member = EventMember.Unmapped;
            return false;
        }

        if (!_reader.ValueIsEscaped)
        {
            member = EventMemberNames.Identify(_reader.ValueSpan);
        }
        else if (JsonNameEscapes.TryUnescape(_reader.ValueSpan, out var name))
        {
            member = EventMemberNames.Identify(name);
        }
        else
        {
            FailShape(type, path);
            member = EventMember.UnreadableName;
        }

        return true;
    }

    private string? ReadString(Type declaringType, string path)
    {
        _reader.Read();
        switch (_reader.TokenType)
        {
            case JsonTokenType.String:
                if (TryGetString(out var value))
                {
                    return value;
                }

                FailShape(declaringType, path);
                return null;
            case JsonTokenType.Null:
                return null;
            default:
                FailShape(declaringType, path);
                _reader.Skip();
                return null;
        }
    }

    /// <summary>Source or detail-type: a value the header read needs too, so a bad one ends the read.</summary>
    private bool ReadHeaderString(out string? value, string path)
    {
        _reader.Read();
        if (_reader.TokenType == JsonTokenType.Null)
        {
            value = null;
            return true;
        }

        if (_reader.TokenType == JsonTokenType.String && TryGetString(out value))
        {
            return true;
        }

        value = null;
        FailHeader(path);
        return false;
    }

    private bool? ReadBoolean(Type declaringType, string path)
    {
        _reader.Read();
        switch (_reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                return null;
            default:
                FailShape(declaringType, path);
                _reader.Skip();
                return null;
        }
    }

    private List<string?>? ReadResources()
    {
        _reader.Read();
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (_reader.TokenType != JsonTokenType.StartArray)
        {
            FailShape(ResourcesTypeName, "$.resources");
            _reader.Skip();
            return null;
        }

        var items = new List<string?>();
        while (_reader.Read() && _reader.TokenType != JsonTokenType.EndArray)
        {
            switch (_reader.TokenType)
            {
                case JsonTokenType.String when TryGetString(out var item):
                    items.Add(item);
                    break;
                case JsonTokenType.Null:
                    items.Add(null);
                    break;
                default:
                    FailShape(typeof(string).FullName!, $"$.resources[{items.Count}]");
                    _reader.Skip();
                    break;
            }
        }

        return items;
    }

    /// <summary>
    /// GetString, which also rejects invalid UTF-8 and unpaired surrogate escapes as the deserializer did. Not a
    /// readonly member: GetString is not one, so the compiler would copy the whole reader before every call (measured:
    /// the pass took twice as long without tiered compilation).
    /// </summary>
    private bool TryGetString(out string? value)
    {
        try
        {
            value = _reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = null;
            return false;
        }
    }

    private void FailShape(Type type, string path) => FailShape(type.FullName!, path);

    private void FailShape(string typeName, string path) =>
        _shapeError ??= ParseFailureMessages.Unconvertible(_body, _reader.BytesConsumed, typeName, path);

    /// <summary>A failure the header read meets too (a non-object body, a bad source or detail-type): the pass ends.</summary>
    private void FailHeader(string path)
    {
        FailShape(typeof(EventBridgeEvent), path);
        _headerError = ParseFailureMessages.Unconvertible(_body, _reader.BytesConsumed, typeof(EventHeader).FullName!, path);
    }

    private readonly ReadOnlySpan<byte> TopLevelName()
    {
        var raw = _body.Slice(_topLevelNameStart, _topLevelNameLength);
        return raw.Contains((byte)'\\') && JsonNameEscapes.TryUnescape(raw, out var name) ? name : raw;
    }
}
