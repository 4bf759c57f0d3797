using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace OrgBackupHealer.Function.Tests;

/// <summary>The event Lambda's SQS event source mapping sends: each message's body is the envelope a rule queued.</summary>
internal static class SqsBatches
{
    public const string QueueArn = "arn:aws:sqs:us-east-1:111111111111:org-backup-healer-error-signals";

    /// <param name="messages">Message id and body; a null body leaves the member out.</param>
    public static byte[] Of(params (string MessageId, byte[]? Body)[] messages)
    {
        var records = new JsonArray();
        foreach (var (messageId, body) in messages)
        {
            var record = new JsonObject
            {
                ["messageId"] = messageId,
                ["receiptHandle"] = "AQEB" + messageId,
                ["attributes"] = new JsonObject
                {
                    ["ApproximateReceiveCount"] = "1",
                    ["SentTimestamp"] = "1764259200000",
                },
                ["messageAttributes"] = new JsonObject(),
                ["eventSource"] = "aws:sqs",
                ["eventSourceARN"] = QueueArn,
                ["awsRegion"] = "us-east-1",
            };
            if (body is not null)
            {
                record["body"] = Encoding.UTF8.GetString(body);
            }

            records.Add(record);
        }

        return Encoding.UTF8.GetBytes(new JsonObject { ["Records"] = records }.ToJsonString());
    }

    /// <summary><paramref name="count"/> error signals, each with its own ids, from the accounts 200000000000 to 200000000499 in turn.</summary>
    public static List<(string MessageId, byte[]? Body)> ErrorSignals(int first, int count, Func<int, DateTimeOffset> at)
    {
        var template = FixtureEvents.Parse("throttling-exception");
        var messages = new List<(string, byte[]?)>(count);
        for (var i = first; i < first + count; i++)
        {
            template["account"] = (200_000_000_000 + (i % 500)).ToString(CultureInfo.InvariantCulture);
            messages.Add(($"msg-{i:D6}", FixtureEvents.Stamp(template, i, at(i))));
        }

        return messages;
    }
}
