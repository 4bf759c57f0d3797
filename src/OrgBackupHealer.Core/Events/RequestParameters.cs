using System.Text.Json.Serialization;

namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The members of an Organizations call's CloudTrail requestParameters that drift detection reads. Typed so the
/// detail is read in one pass; members of other calls are skipped by the parser.
/// </summary>
public sealed class RequestParameters
{
    [JsonPropertyName("policyId")]
    public string? PolicyId { get; init; }

    [JsonPropertyName("targetId")]
    public string? TargetId { get; init; }

    [JsonPropertyName("policyType")]
    public string? PolicyType { get; init; }

    [JsonPropertyName("rootId")]
    public string? RootId { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }
}
