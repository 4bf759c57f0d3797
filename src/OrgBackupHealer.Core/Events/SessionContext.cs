using System.Text.Json.Serialization;

namespace OrgBackupHealer.Core.Events;

public sealed class SessionContext
{
    [JsonPropertyName("sessionIssuer")]
    public SessionIssuer? SessionIssuer { get; init; }
}
