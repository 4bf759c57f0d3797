using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Internal;

/// <summary>
/// Turns an AWS JSON 1.1 error answer into the core's exception. The code comes from the body's <c>__type</c>
/// ("com.amazonaws.organizations.v20161128#TooManyRequestsException"), else the <c>x-amzn-ErrorType</c> header
/// ("TooManyRequestsException:http://..."); the message from <c>Message</c> or <c>message</c>.
/// </summary>
internal static class ErrorResponseReader
{
    public const string ErrorTypeHeader = "x-amzn-ErrorType";

    public static OrganizationsException Read(string operation, HttpStatusCode status, HttpResponseHeaders headers, ReadOnlySpan<byte> body)
    {
        var (type, message) = ParseBody(body);
        var headerType = headers.TryGetValues(ErrorTypeHeader, out var values) ? values.FirstOrDefault() : null;
        var code = ShapeName(type) ?? ShapeName(headerType) ?? $"Http{(int)status}";
        var text = OneLine(message) ?? $"{operation} failed with HTTP {(int)status}.";
        return code is OrganizationsErrorCodes.AccessDenied or OrganizationsErrorCodes.AwsOrganizationsNotInUse
            ? new OrganizationsAccessException(code, operation, text, (int)status)
            : new OrganizationsException(code, text, (int)status);
    }

    /// <summary>The part after '#' and before ':', e.g. TooManyRequestsException; null when nothing is left.</summary>
    public static string? ShapeName(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

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

    private static (string? Type, string? Message) ParseBody(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return (null, null);
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            return (StringMember(root, "__type"), StringMember(root, "Message") ?? StringMember(root, "message"));
        }
        catch (JsonException)
        {
            // A proxy or load balancer may answer with HTML or plain text; the header and status still say enough.
            return (null, null);
        }
    }

    private static string? StringMember(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? OneLine(string? message) =>
        string.IsNullOrWhiteSpace(message) ? null : string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
