namespace OrgBackupHealer.Core.Events;

/// <summary>The CloudTrail record in the envelope's detail.</summary>
internal ref partial struct EventReader
{
    private CloudTrailDetail? ReadDetail()
    {
        if (!EnterObject(typeof(CloudTrailDetail), "$.detail"))
        {
            return null;
        }

        string? eventVersion = null, eventTime = null, eventSource = null, eventName = null, awsRegion = null;
        string? sourceIpAddress = null, userAgent = null, errorCode = null, errorMessage = null, requestId = null;
        string? eventId = null, eventType = null, recipientAccountId = null, eventCategory = null;
        bool? readOnly = null, managementEvent = null;
        UserIdentity? userIdentity = null;
        RequestParameters? requestParameters = null;
        ResponseElements? responseElements = null;
        var type = typeof(CloudTrailDetail);
        while (NextMember(type, "$.detail", out var member))
        {
            switch (member)
            {
                case EventMember.EventVersion:
                    eventVersion = ReadString(type, "$.detail.eventVersion");
                    break;
                case EventMember.UserIdentity:
                    userIdentity = ReadUserIdentity();
                    break;
                case EventMember.EventTime:
                    eventTime = ReadString(type, "$.detail.eventTime");
                    break;
                case EventMember.EventSource:
                    eventSource = ReadString(type, "$.detail.eventSource");
                    break;
                case EventMember.EventName:
                    eventName = ReadString(type, "$.detail.eventName");
                    break;
                case EventMember.AwsRegion:
                    awsRegion = ReadString(type, "$.detail.awsRegion");
                    break;
                case EventMember.SourceIpAddress:
                    sourceIpAddress = ReadString(type, "$.detail.sourceIPAddress");
                    break;
                case EventMember.UserAgent:
                    userAgent = ReadString(type, "$.detail.userAgent");
                    break;
                case EventMember.ErrorCode:
                    errorCode = ReadString(type, "$.detail.errorCode");
                    break;
                case EventMember.ErrorMessage:
                    errorMessage = ReadString(type, "$.detail.errorMessage");
                    break;
                case EventMember.RequestParameters:
                    requestParameters = ReadRequestParameters();
                    break;
                case EventMember.ResponseElements:
                    responseElements = ReadResponseElements();
                    break;
                case EventMember.RequestId:
                    requestId = ReadString(type, "$.detail.requestID");
                    break;
                case EventMember.EventId:
                    eventId = ReadString(type, "$.detail.eventID");
                    break;
                case EventMember.ReadOnly:
                    readOnly = ReadBoolean(type, "$.detail.readOnly");
                    break;
                case EventMember.EventType:
                    eventType = ReadString(type, "$.detail.eventType");
                    break;
                case EventMember.ManagementEvent:
                    managementEvent = ReadBoolean(type, "$.detail.managementEvent");
                    break;
                case EventMember.RecipientAccountId:
                    recipientAccountId = ReadString(type, "$.detail.recipientAccountId");
                    break;
                case EventMember.EventCategory:
                    eventCategory = ReadString(type, "$.detail.eventCategory");
                    break;
                default:
                    _reader.Skip();
                    break;
            }
        }

        return new CloudTrailDetail
        {
            EventVersion = eventVersion,
            UserIdentity = userIdentity,
            EventTime = eventTime,
            EventSource = eventSource,
            EventName = eventName,
            AwsRegion = awsRegion,
            SourceIpAddress = sourceIpAddress,
            UserAgent = userAgent,
            ErrorCode = errorCode,
            ErrorMessage = errorMessage,
            RequestParameters = requestParameters,
            ResponseElements = responseElements,
            RequestId = requestId,
            EventId = eventId,
            ReadOnly = readOnly,
            EventType = eventType,
            ManagementEvent = managementEvent,
            RecipientAccountId = recipientAccountId,
            EventCategory = eventCategory,
        };
    }
}
