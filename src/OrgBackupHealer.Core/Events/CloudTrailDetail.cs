namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The members of the CloudTrail record in <see cref="EventBridgeEvent.Detail"/> that a decision or a log line reads,
/// named as in the JSON (eventID keeps CloudTrail's capitals there). Request parameters and response elements differ
/// per operation; only what drift detection needs is read.
/// </summary>
public sealed class CloudTrailDetail
{
    public UserIdentity? UserIdentity { get; init; }

    public string? EventTime { get; init; }

    public string? EventSource { get; init; }

    public string? EventName { get; init; }

    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    public RequestParameters? RequestParameters { get; init; }

    public ResponseElements? ResponseElements { get; init; }

    public string? EventId { get; init; }

    public string? RecipientAccountId { get; init; }

    /// <summary>An AWS service event's own details (EffectivePolicyValidation); null on an API call's record.</summary>
    public ServiceEventDetails? ServiceEventDetails { get; init; }

    internal static CloudTrailDetail? Read(ref EventReader reader)
    {
        if (!reader.EnterObject("detail"))
        {
            return null;
        }

        string? eventTime = null, eventSource = null, eventName = null, errorCode = null, errorMessage = null;
        string? eventId = null, recipientAccountId = null;
        UserIdentity? userIdentity = null;
        RequestParameters? requestParameters = null;
        ResponseElements? responseElements = null;
        ServiceEventDetails? serviceEventDetails = null;
        while (reader.NextMember())
        {
            if (reader.NameIs("eventSource"u8))
            {
                eventSource = reader.Text("detail.eventSource", EventClassifier.OrganizationsEventSource, "organizations.amazonaws.com"u8);
            }
            else if (reader.NameIs("eventName"u8))
            {
                eventName = reader.Text("detail.eventName");
            }
            else if (reader.NameIs("eventID"u8))
            {
                eventId = reader.Text("detail.eventID");
            }
            else if (reader.NameIs("eventTime"u8))
            {
                eventTime = reader.Text("detail.eventTime");
            }
            else if (reader.NameIs("errorCode"u8))
            {
                errorCode = reader.Text("detail.errorCode");
            }
            else if (reader.NameIs("errorMessage"u8))
            {
                errorMessage = reader.Text("detail.errorMessage");
            }
            else if (reader.NameIs("recipientAccountId"u8))
            {
                recipientAccountId = reader.Text("detail.recipientAccountId");
            }
            else if (reader.NameIs("userIdentity"u8))
            {
                userIdentity = UserIdentity.Read(ref reader);
            }
            else if (reader.NameIs("requestParameters"u8))
            {
                requestParameters = RequestParameters.Read(ref reader);
            }
            else if (reader.NameIs("responseElements"u8))
            {
                responseElements = ResponseElements.Read(ref reader);
            }
            else if (reader.NameIs("serviceEventDetails"u8))
            {
                serviceEventDetails = ServiceEventDetails.Read(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new CloudTrailDetail
        {
            UserIdentity = userIdentity,
            EventTime = eventTime,
            EventSource = eventSource,
            EventName = eventName,
            ErrorCode = errorCode,
            ErrorMessage = errorMessage,
            RequestParameters = requestParameters,
            ResponseElements = responseElements,
            EventId = eventId,
            RecipientAccountId = recipientAccountId,
            ServiceEventDetails = serviceEventDetails,
        };
    }
}
