using System.Text.Json.Serialization;

namespace OrgBackupHealer.Core.Tests.Events.Baseline;

// The event records as the classifier deserialized them up to commit a42232d, frozen here (data only, no
// behaviour) so the differential tests and the benchmarks can run today's classifier beside the shipped one.

internal sealed class BaselineEventBridgeEvent
{
    [JsonPropertyName("version")] public string? Version { get; init; }
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("detail-type")] public string? DetailType { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("account")] public string? Account { get; init; }
    [JsonPropertyName("time")] public string? Time { get; init; }
    [JsonPropertyName("region")] public string? Region { get; init; }
    [JsonPropertyName("resources")] public IReadOnlyList<string>? Resources { get; init; }
    [JsonPropertyName("detail")] public BaselineCloudTrailDetail? Detail { get; init; }
}

internal sealed class BaselineCloudTrailDetail
{
    [JsonPropertyName("eventVersion")] public string? EventVersion { get; init; }
    [JsonPropertyName("userIdentity")] public BaselineUserIdentity? UserIdentity { get; init; }
    [JsonPropertyName("eventTime")] public string? EventTime { get; init; }
    [JsonPropertyName("eventSource")] public string? EventSource { get; init; }
    [JsonPropertyName("eventName")] public string? EventName { get; init; }
    [JsonPropertyName("awsRegion")] public string? AwsRegion { get; init; }
    [JsonPropertyName("sourceIPAddress")] public string? SourceIpAddress { get; init; }
    [JsonPropertyName("userAgent")] public string? UserAgent { get; init; }
    [JsonPropertyName("errorCode")] public string? ErrorCode { get; init; }
    [JsonPropertyName("errorMessage")] public string? ErrorMessage { get; init; }
    [JsonPropertyName("requestParameters")] public BaselineRequestParameters? RequestParameters { get; init; }
    [JsonPropertyName("responseElements")] public BaselineResponseElements? ResponseElements { get; init; }
    [JsonPropertyName("requestID")] public string? RequestId { get; init; }
    [JsonPropertyName("eventID")] public string? EventId { get; init; }
    [JsonPropertyName("readOnly")] public bool? ReadOnly { get; init; }
    [JsonPropertyName("eventType")] public string? EventType { get; init; }
    [JsonPropertyName("managementEvent")] public bool? ManagementEvent { get; init; }
    [JsonPropertyName("recipientAccountId")] public string? RecipientAccountId { get; init; }
    [JsonPropertyName("eventCategory")] public string? EventCategory { get; init; }
}

internal sealed class BaselineUserIdentity
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("principalId")] public string? PrincipalId { get; init; }
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    [JsonPropertyName("accountId")] public string? AccountId { get; init; }
    [JsonPropertyName("userName")] public string? UserName { get; init; }
    [JsonPropertyName("invokedBy")] public string? InvokedBy { get; init; }
    [JsonPropertyName("sessionContext")] public BaselineSessionContext? SessionContext { get; init; }
}

internal sealed class BaselineSessionContext
{
    [JsonPropertyName("sessionIssuer")] public BaselineSessionIssuer? SessionIssuer { get; init; }
}

internal sealed class BaselineSessionIssuer
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("principalId")] public string? PrincipalId { get; init; }
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    [JsonPropertyName("accountId")] public string? AccountId { get; init; }
    [JsonPropertyName("userName")] public string? UserName { get; init; }
}

internal sealed class BaselineRequestParameters
{
    [JsonPropertyName("policyId")] public string? PolicyId { get; init; }
    [JsonPropertyName("targetId")] public string? TargetId { get; init; }
    [JsonPropertyName("policyType")] public string? PolicyType { get; init; }
    [JsonPropertyName("rootId")] public string? RootId { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
}

internal sealed class BaselineResponseElements
{
    [JsonPropertyName("policy")] public BaselineResponsePolicy? Policy { get; init; }
}

internal sealed class BaselineResponsePolicy
{
    [JsonPropertyName("policySummary")] public BaselineResponsePolicySummary? PolicySummary { get; init; }
}

internal sealed class BaselineResponsePolicySummary
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
}

internal sealed class BaselineEventHeader
{
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("detail-type")] public string? DetailType { get; init; }
}
