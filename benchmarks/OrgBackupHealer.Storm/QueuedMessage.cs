namespace OrgBackupHealer.Storm;

/// <summary>A message in the emulated queue; <see cref="RecordBytes"/> is its size in the SQS event Lambda builds.</summary>
internal sealed class QueuedMessage(string messageId, string body, int recordBytes, TimeSpan sentAt)
{
    public string MessageId { get; } = messageId;

    public string Body { get; } = body;

    public int RecordBytes { get; } = recordBytes;

    public TimeSpan SentAt { get; } = sentAt;

    public int ReceiveCount { get; set; }

    /// <summary>When a received message not deleted by then is visible again (the visibility timeout).</summary>
    public TimeSpan VisibleAt { get; set; }
}
