using System.Text.Json.Serialization;

namespace OrgBackupHealer.Function.Sqs;

/// <summary>
/// One message of an <see cref="SqsEvent"/>, with the members the function reads. <see cref="Body"/> is what the
/// EventBridge rule put on the queue: the event's envelope, as JSON text.
/// </summary>
internal sealed record SqsMessage(
    [property: JsonPropertyName("messageId")] string? MessageId,
    [property: JsonPropertyName("body")] string? Body,
    [property: JsonPropertyName("attributes")] SqsMessageAttributes? Attributes,
    [property: JsonPropertyName("eventSource")] string? EventSource,
    [property: JsonPropertyName("eventSourceARN")] string? EventSourceArn);
