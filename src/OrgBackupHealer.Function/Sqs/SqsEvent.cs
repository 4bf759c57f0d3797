using System.Text.Json.Serialization;

namespace OrgBackupHealer.Function.Sqs;

/// <summary>The event Lambda's SQS event source mapping invokes the function with: a batch of queue messages.</summary>
internal sealed record SqsEvent([property: JsonPropertyName("Records")] IReadOnlyList<SqsMessage?>? Records);
