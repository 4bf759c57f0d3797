namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The CloudTrail record carried in <see cref="EventBridgeEvent.Detail"/>, members named as in the JSON
/// (requestID, eventID and sourceIPAddress keep CloudTrail's capitals there). Request parameters and response
/// elements differ per operation; only the members drift detection needs are mapped.
/// </summary>
public sealed class CloudTrailDetail
{
    public string? EventVersion { get; init; }

    public UserIdentity? UserIdentity { get; init; }

    public string? EventTime { get; init; }

    public string? EventSource { get; init; }

    public string? EventName { get; init; }

    public string? AwsRegion { get; init; }

    public string? SourceIpAddress { get; init; }

    public string? UserAgent { get; init; }

    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    public RequestParameters? RequestParameters { get; init; }

    public ResponseElements? ResponseElements { get; init; }

    public string? RequestId { get; init; }

    public string? EventId { get; init; }

    public bool? ReadOnly { get; init; }

    public string? EventType { get; init; }

    public bool? ManagementEvent { get; init; }

    public string? RecipientAccountId { get; init; }

    public string? EventCategory { get; init; }
}
