using System.Text.Json.Serialization;

namespace OrgBackupHealer.Core.Events;

public sealed class ResponsePolicy
{
    [JsonPropertyName("policySummary")]
    public ResponsePolicySummary? PolicySummary { get; init; }
}
