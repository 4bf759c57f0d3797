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
        if (!HasRecordsArray(body))
        {
            return false;
        }

        SqsEvent? batch;
        try
        {
            batch = JsonSerializer.Deserialize(body, FunctionJsonContext.Default.SqsEvent);
        }
        catch (JsonException)
        {
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

    /// <summary>
    /// One pass over the top level only: an envelope of a few KB costs microseconds, and no allocation. Its "false"
    /// answers are a shortcut: every body it turns away, the deserializer in <see cref="TryRead"/> would also turn
    /// away (no "Records" array: Records is null; not an object or broken JSON: it throws), only at a higher cost.
    /// Mutants that turn one of them into "true" are therefore equivalent, and marked so below.
    /// </summary>
    private static bool HasRecordsArray(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            // Stryker disable once Logical : a body that is not an object fails the deserializer too (see the summary).
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                // Stryker disable once Boolean : the same shortcut.
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isRecords = reader.ValueTextEquals("Records"u8);
                if (!reader.Read())
                {
                    // Stryker disable once Boolean : unreachable with a final block (a name without a value throws), and the same shortcut.
                    return false;
                }

                if (isRecords)
                {
                    return reader.TokenType == JsonTokenType.StartArray;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Stryker disable once Boolean : the same shortcut: the deserializer throws on the same broken JSON.
            return false;
        }

        // Stryker disable once Boolean : the same shortcut: without a top-level "Records" the deserializer reads Records as null.
        return false;
    }
}
