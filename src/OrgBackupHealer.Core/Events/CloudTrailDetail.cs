namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The members of the CloudTrail record in <see cref="EventBridgeEvent.Detail"/> that a decision or a log line reads,
/// named as in the JSON (eventID keeps CloudTrail's capitals there). Request parameters and response elements differ
/// per operation; only what drift detection needs is read.
/// </summary>
public sealed class CloudTrailDetail
{
    private DeferredText _eventTime;
    private DeferredText _eventName;
    private DeferredText _errorCode;
    private DeferredText _errorMessage;
    private DeferredText _eventId;
    private DeferredText _recipientAccountId;

    public UserIdentity? UserIdentity { get; init; }

    public string? EventTime { get => _eventTime.Value; init => _eventTime = DeferredText.Decoded(value); }

    public string? EventSource { get; init; }

    public string? EventName { get => _eventName.Value; init => _eventName = DeferredText.Decoded(value); }

    public string? ErrorCode { get => _errorCode.Value; init => _errorCode = DeferredText.Decoded(value); }

    public string? ErrorMessage { get => _errorMessage.Value; init => _errorMessage = DeferredText.Decoded(value); }

    public RequestParameters? RequestParameters { get; init; }

    public ResponseElements? ResponseElements { get; init; }

    public string? EventId { get => _eventId.Value; init => _eventId = DeferredText.Decoded(value); }

    public string? RecipientAccountId { get => _recipientAccountId.Value; init => _recipientAccountId = DeferredText.Decoded(value); }

    /// <summary>An AWS service event's own details (EffectivePolicyValidation); null on an API call's record.</summary>
    public ServiceEventDetails? ServiceEventDetails { get; init; }

    internal static CloudTrailDetail? Read(ref EventReader reader)
    {
        if (!reader.EnterObject("detail"))
        {
            return null;
        }

        string? eventSource = null;
        DeferredText eventTime = default, eventName = default, errorCode = default, errorMessage = default;
        DeferredText eventId = default, recipientAccountId = default;
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
            _eventTime = eventTime,
            EventSource = eventSource,
            _eventName = eventName,
            _errorCode = errorCode,
            _errorMessage = errorMessage,
            RequestParameters = requestParameters,
            ResponseElements = responseElements,
            _eventId = eventId,
            _recipientAccountId = recipientAccountId,
            ServiceEventDetails = serviceEventDetails,
        };
    }
}
