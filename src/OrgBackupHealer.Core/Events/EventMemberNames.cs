namespace OrgBackupHealer.Core.Events;

/// <summary>
/// Names as they appear in EventBridge envelopes and CloudTrail records, matched byte for byte (case-sensitive, after
/// unescaping), as the source-generated deserializer matched them. Dispatching on the length first keeps a lookup to
/// one or two comparisons.
/// </summary>
internal static class EventMemberNames
{
    public static EventMember Identify(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 when name.SequenceEqual("id"u8) => EventMember.Id,
        3 when name.SequenceEqual("arn"u8) => EventMember.Arn,
        4 when name.SequenceEqual("time"u8) => EventMember.Time,
        4 when name.SequenceEqual("type"u8) => EventMember.Type,
        4 when name.SequenceEqual("name"u8) => EventMember.Name,
        6 when name.SequenceEqual("source"u8) => EventMember.Source,
        6 when name.SequenceEqual("region"u8) => EventMember.Region,
        6 when name.SequenceEqual("detail"u8) => EventMember.Detail,
        6 when name.SequenceEqual("rootId"u8) => EventMember.RootId,
        6 when name.SequenceEqual("policy"u8) => EventMember.Policy,
        7 when name.SequenceEqual("version"u8) => EventMember.Version,
        7 when name.SequenceEqual("account"u8) => EventMember.Account,
        7 when name.SequenceEqual("eventID"u8) => EventMember.EventId,
        8 when name.SequenceEqual("readOnly"u8) => EventMember.ReadOnly,
        8 when name.SequenceEqual("userName"u8) => EventMember.UserName,
        8 when name.SequenceEqual("policyId"u8) => EventMember.PolicyId,
        8 when name.SequenceEqual("targetId"u8) => EventMember.TargetId,
        9 when name.SequenceEqual("resources"u8) => EventMember.Resources,
        9 when name.SequenceEqual("eventTime"u8) => EventMember.EventTime,
        9 when name.SequenceEqual("eventName"u8) => EventMember.EventName,
        9 when name.SequenceEqual("awsRegion"u8) => EventMember.AwsRegion,
        9 when name.SequenceEqual("userAgent"u8) => EventMember.UserAgent,
        9 when name.SequenceEqual("errorCode"u8) => EventMember.ErrorCode,
        9 when name.SequenceEqual("requestID"u8) => EventMember.RequestId,
        9 when name.SequenceEqual("eventType"u8) => EventMember.EventType,
        9 when name.SequenceEqual("accountId"u8) => EventMember.AccountId,
        9 when name.SequenceEqual("invokedBy"u8) => EventMember.InvokedBy,
        10 when name.SequenceEqual("policyType"u8) => EventMember.PolicyType,
        11 when name.SequenceEqual("detail-type"u8) => EventMember.DetailType,
        11 when name.SequenceEqual("eventSource"u8) => EventMember.EventSource,
        11 when name.SequenceEqual("principalId"u8) => EventMember.PrincipalId,
        12 when name.SequenceEqual("eventVersion"u8) => EventMember.EventVersion,
        12 when name.SequenceEqual("userIdentity"u8) => EventMember.UserIdentity,
        12 when name.SequenceEqual("errorMessage"u8) => EventMember.ErrorMessage,
        13 when name.SequenceEqual("eventCategory"u8) => EventMember.EventCategory,
        13 when name.SequenceEqual("sessionIssuer"u8) => EventMember.SessionIssuer,
        13 when name.SequenceEqual("policySummary"u8) => EventMember.PolicySummary,
        14 when name.SequenceEqual("sessionContext"u8) => EventMember.SessionContext,
        15 when name.SequenceEqual("sourceIPAddress"u8) => EventMember.SourceIpAddress,
        15 when name.SequenceEqual("managementEvent"u8) => EventMember.ManagementEvent,
        16 when name.SequenceEqual("responseElements"u8) => EventMember.ResponseElements,
        17 when name.SequenceEqual("requestParameters"u8) => EventMember.RequestParameters,
        18 when name.SequenceEqual("recipientAccountId"u8) => EventMember.RecipientAccountId,
        _ => EventMember.Unmapped,
    };
}
