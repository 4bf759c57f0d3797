using System.Text.Json.Serialization;

namespace OrgBackupHealer.Function.Runtime;

/// <summary>The body the Runtime API expects on /error and /init/error.</summary>
internal sealed record RuntimeError(
    [property: JsonPropertyName("errorMessage")] string ErrorMessage,
    [property: JsonPropertyName("errorType")] string ErrorType,
    [property: JsonPropertyName("stackTrace")] IReadOnlyList<string> StackTrace)
{
    public static RuntimeError From(Exception error) => new(
        error.Message,
        error.GetType().Name,
        error.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []);
}
