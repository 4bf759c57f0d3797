using System.Text.Json.Serialization;

namespace OrgBackupHealer.Function.Sqs;

/// <summary>The system attributes of an <see cref="SqsMessage"/> the function logs (SQS sends numbers as strings).</summary>
internal sealed record SqsMessageAttributes(
    [property: JsonPropertyName("ApproximateReceiveCount")] string? ApproximateReceiveCount,
    [property: JsonPropertyName("SentTimestamp")] string? SentTimestamp);
