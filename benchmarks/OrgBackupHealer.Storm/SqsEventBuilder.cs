using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace OrgBackupHealer.Storm;

/// <summary>The event Lambda's SQS event source mapping invokes the function with, built from the emulated queue's messages.</summary>
internal static class SqsEventBuilder
{
    public const string QueueArn = "arn:aws:sqs:us-east-1:111111111111:org-backup-healer-error-signals";

    /// <summary>{"Records":[ and ]}: what a batch costs beyond its records.</summary>
    public const int EnvelopeBytes = 14;

    public static byte[] Batch(IEnumerable<QueuedMessage> messages)
    {
        var records = new JsonArray();
        foreach (var message in messages)
        {
            records.Add(Record(message.MessageId, message.Body, message.ReceiveCount, message.SentAt));
        }

        return Encoding.UTF8.GetBytes(new JsonObject { ["Records"] = records }.ToJsonString());
    }

    /// <summary>A message's size in the batch (its record and the comma after it), as the payload limit counts it.</summary>
    public static int RecordBytes(string messageId, string body) =>
        Encoding.UTF8.GetByteCount(Record(messageId, body, 1, TimeSpan.Zero).ToJsonString()) + 1;

    private static JsonObject Record(string messageId, string body, int receiveCount, TimeSpan sentAt) => new()
    {
        ["messageId"] = messageId,
        ["receiptHandle"] = "AQEB" + messageId + "/" + receiveCount.ToString(CultureInfo.InvariantCulture),
        ["body"] = body,
        ["attributes"] = new JsonObject
        {
            ["ApproximateReceiveCount"] = receiveCount.ToString(CultureInfo.InvariantCulture),
            ["SentTimestamp"] = ((long)sentAt.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            ["SenderId"] = "AIDAIEXAMPLEEVENTBRIDGE",
            ["ApproximateFirstReceiveTimestamp"] = ((long)sentAt.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
        },
        ["messageAttributes"] = new JsonObject(),
        ["md5OfBody"] = "00000000000000000000000000000000",
        ["eventSource"] = "aws:sqs",
        ["eventSourceARN"] = QueueArn,
        ["awsRegion"] = "us-east-1",
    };
}
