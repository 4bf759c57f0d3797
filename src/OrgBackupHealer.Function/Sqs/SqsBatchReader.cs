using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using OrgBackupHealer.Core.Batching;

namespace OrgBackupHealer.Function.Sqs;

/// <summary>
/// Tells a batch from the queue (a top-level "Records" array of aws:sqs messages) from a direct EventBridge envelope,
/// and reads the batch's records. Anything else goes the direct way, where the classifier calls it what it is.
/// </summary>
internal static class SqsBatchReader
{
    public const string SqsEventSource = "aws:sqs";

    public static bool TryRead(byte[] body, [NotNullWhen(true)] out IReadOnlyList<BatchRecord>? records)
    {
        records = null;
        SqsEvent? batch;
        try
        {
            batch = JsonSerializer.Deserialize(body, FunctionJsonContext.Default.SqsEvent);
        }
        catch (JsonException)
        {
            // Not JSON, not an object, or a "Records" that is not an array: not a batch.
            return false;
        }

        if (batch?.Records is not { } messages || messages.Any(m => m?.EventSource != SqsEventSource))
        {
            return false;
        }

        // A message without a body reads as an empty event: invalid, acknowledged, never retried.
        records = [.. messages.Select(m => new BatchRecord(m!.MessageId ?? "", m.Body is { } text ? Encoding.UTF8.GetBytes(text) : []))];
        return true;
    }
}
