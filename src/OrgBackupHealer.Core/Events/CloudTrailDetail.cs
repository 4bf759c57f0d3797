using System.Text.Json.Serialization;

namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The CloudTrail record carried in <see cref="EventBridgeEvent.Detail"/>. Request parameters and response
/// elements differ per operation; only the members drift detection needs are mapped.
/// </summary>
public sealed class CloudTrailDetail
{
    [JsonPropertyName("eventVersion")]
    public string? EventVersion { get; init; }

    [JsonPropertyName("userIdentity")]
    public UserIdentity? UserIdentity { get; init; }

    [JsonPropertyName("eventTime")]
    public string? EventTime { get; init; }

    [JsonPropertyName("eventSource")]
    public string? EventSource { get; init; }

    [JsonPropertyName("eventName")]
    public string? EventName { get; init; }

    [JsonPropertyName("awsRegion")]
    public string? AwsRegion { get; init; }

    [JsonPropertyName("sourceIPAddress")]
    public string? SourceIpAddress { get; init; }

    [JsonPropertyName("userAgent")]
    public string? UserAgent { get; init; }

    [JsonPropertyName("errorCode")]
    public string? ErrorCode { get; init; }

    [JsonPropertyName("errorMessage")]
    public string? ErrorMessage { get; init; }

    [JsonPropertyName("requestParameters")]
    public RequestParameters? RequestParameters { get; init; }

    [JsonPropertyName("responseElements")]
    public ResponseElements? ResponseElements { get; init; }

    [JsonPropertyName("requestID")]
    public string? RequestId { get; init; }

    [JsonPropertyName("eventID")]
    public string? EventId { get; init; }

    [JsonPropertyName("readOnly")]
    public bool? ReadOnly { get; init; }

    [JsonPropertyName("eventType")]
    public string? EventType { get; init; }

    [JsonPropertyName("managementEvent")]
    public bool? ManagementEvent { get; init; }

    [JsonPropertyName("recipientAccountId")]
    public string? RecipientAccountId { get; init; }

    [JsonPropertyName("eventCategory")]
    public string? EventCategory { get; init; }
}
