using System.Text.Json.Serialization;

namespace OrgBackupHealer.Core.Events;

/// <summary>CloudTrail responseElements of a policy call: UpdatePolicy and CreatePolicy return the policy.</summary>
public sealed class ResponseElements
{
    [JsonPropertyName("policy")]
    public ResponsePolicy? Policy { get; init; }
}
