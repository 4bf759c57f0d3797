using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Internal;

/// <summary>
/// Turns an AWS JSON 1.1 error answer into the core's exception. The code comes from the body's <c>__type</c>
/// ("com.amazonaws.organizations.v20161128#TooManyRequestsException"), else the <c>x-amzn-ErrorType</c> header
/// ("TooManyRequestsException:http://..."); the message from <c>Message</c> or <c>message</c>; and the members
/// some errors add: <c>Reason</c> (ConstraintViolationException, AccessDeniedForDependencyException) and <c>Type</c>
/// (TooManyRequestsException).
/// </summary>
internal static class ErrorResponseReader
{
    public const string ErrorTypeHeader = "x-amzn-ErrorType";

    public static OrganizationsException Read(string operation, HttpStatusCode status, HttpResponseHeaders headers, ReadOnlySpan<byte> body)
    {
        var error = ParseBody(body);
        // Stryker disable once Linq : TryGetValues is true only for a header with at least one value, so First finds one as FirstOrDefault does.
        var headerType = headers.TryGetValues(ErrorTypeHeader, out var values) ? values.FirstOrDefault() : null;
        var code = ShapeName(error.Type) ?? ShapeName(headerType) ?? $"Http{(int)status}";
        var text = OneLine(error.Message) ?? $"{operation} failed with HTTP {(int)status}.";
        return new OrganizationsException(code, text, (int)status)
        {
            Operation = operation,
            Reason = error.Reason,
            ExceptionType = error.ExceptionType,
        };
    }

    /// <summary>The part after '#' and before ':', e.g. TooManyRequestsException; null when nothing is left.</summary>
    public static string? ShapeName(string? raw)
    {
        // A null or blank type trims to nothing.
        var name = raw.AsSpan();
        var hash = name.IndexOf('#');
        if (hash >= 0)
        {
            name = name[(hash + 1)..];
        }

        var colon = name.IndexOf(':');
        if (colon >= 0)
        {
            name = name[..colon];
        }

        name = name.Trim();
        return name.IsEmpty ? null : name.ToString();
    }

    /// <summary>The body's members, or none when it is empty, not JSON or not an object.</summary>
    private static ErrorBody ParseBody(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                return new ErrorBody(
                    StringMember(root, "__type"),
                    StringMember(root, "Message") ?? StringMember(root, "message"),
                    StringMember(root, "Reason"),
                    StringMember(root, "Type"));
            }
        }
        catch (JsonException)
        {
            // An empty body, or a proxy or load balancer answering with HTML or plain text: the header and status
            // still say enough.
        }

        return default;
    }

    private static string? StringMember(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private readonly record struct ErrorBody(string? Type, string? Message, string? Reason, string? ExceptionType);

    private static string? OneLine(string? message) =>
        string.IsNullOrWhiteSpace(message) ? null : string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
