using System.Text.Json.Serialization;

namespace OrgBackupHealer.Function.Sqs;

/// <summary>The event Lambda's SQS event source mapping invokes the function with: a batch of queue messages.</summary>
internal sealed record SqsEvent([property: JsonPropertyName("Records")] IReadOnlyList<SqsMessage?>? Records);

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

/// <summary>The system attributes of an <see cref="SqsMessage"/> the function logs (SQS sends numbers as strings).</summary>
internal sealed record SqsMessageAttributes(
    [property: JsonPropertyName("ApproximateReceiveCount")] string? ApproximateReceiveCount,
    [property: JsonPropertyName("SentTimestamp")] string? SentTimestamp);
