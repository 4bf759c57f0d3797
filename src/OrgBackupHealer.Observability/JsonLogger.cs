using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OrgBackupHealer.Observability;

/// <summary>
/// One JSON object per line with the keys Powertools Logging writes (timestamp, level, service, message,
/// cold_start, function_name, function_request_id, xray_trace_id) plus the caller's fields. Every string
/// value passes through <see cref="SecretRedactor"/>.
/// </summary>
public sealed class JsonLogger
{
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TextWriter _output;
    private readonly TimeProvider _time;
    private readonly string _service;
    private readonly string? _functionName;
    private int _invocations;
    private string? _requestId;
    private string? _traceId;

    public JsonLogger(TextWriter output, TimeProvider time, string service, string? functionName)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(time);
        _output = output;
        _time = time;
        _service = service;
        _functionName = functionName;
    }

    /// <summary>True until the second invocation starts: the first one in a process pays the cold start.</summary>
    public bool ColdStart => _invocations <= 1;

    /// <summary>Sets the request and trace ids every following line carries.</summary>
    /// <param name="traceHeader">The Lambda-Runtime-Trace-Id value; like Powertools, only its Root id is logged.</param>
    public void StartInvocation(string requestId, string? traceHeader)
    {
        _invocations++;
        _requestId = requestId;
        _traceId = TraceRoot(traceHeader);
    }

    private static string? TraceRoot(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        foreach (var part in header.Split(';', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("Root=", StringComparison.Ordinal))
            {
                return part["Root=".Length..];
            }
        }

        return header;
    }

    public void Info(string message, params ReadOnlySpan<LogField> fields) => Log(LogLevel.Information, message, fields);

    public void Warning(string message, params ReadOnlySpan<LogField> fields) => Log(LogLevel.Warning, message, fields);

    public void Error(string message, params ReadOnlySpan<LogField> fields) => Log(LogLevel.Error, message, fields);

    public void Log(LogLevel level, string message, params ReadOnlySpan<LogField> fields)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            json.WriteStartObject();
            json.WriteString("timestamp", _time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("level", level.ToString());
            json.WriteString("service", _service);
            json.WriteString("message", SecretRedactor.Redact(message));
            json.WriteBoolean("cold_start", ColdStart);
            WriteIfSet(json, "function_name", _functionName);
            WriteIfSet(json, "function_request_id", _requestId);
            WriteIfSet(json, "xray_trace_id", _traceId);
            foreach (var field in fields)
            {
                WriteField(json, field);
            }

            json.WriteEndObject();
        }

        _output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        _output.Flush();
    }

    private static void WriteField(Utf8JsonWriter json, LogField field)
    {
        if (field.Values is { } values)
        {
            json.WriteStartArray(field.Key);
            foreach (var value in values)
            {
                json.WriteStringValue(SecretRedactor.Redact(value));
            }

            json.WriteEndArray();
        }
        else if (field.Value is not null)
        {
            json.WriteString(field.Key, SecretRedactor.Redact(field.Value));
        }
    }

    private static void WriteIfSet(Utf8JsonWriter json, string key, string? value)
    {
        if (value is not null)
        {
            json.WriteString(key, value);
        }
    }
}
