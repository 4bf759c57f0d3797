namespace OrgBackupHealer.Storm;

/// <summary>
/// A standard SQS queue as the event source mapping sees it: a received message is invisible for the visibility
/// timeout and comes back unless deleted; a receive that would exceed maxReceiveCount moves it to the dead-letter
/// queue instead (the redrive policy). Ordering is by send time, as a lightly loaded queue roughly keeps it.
/// </summary>
internal sealed class EmulatedQueue(TimeSpan visibilityTimeout, int maxReceiveCount, HarnessClock clock)
{
    private readonly Lock _lock = new();
    private readonly List<QueuedMessage> _messages = [];
    private readonly List<QueuedMessage> _deadLetters = [];

    public int Sent { get; private set; }

    public int Deleted { get; private set; }

    public int Redelivered { get; private set; }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _messages.Count;
            }
        }
    }

    public int DeadLettered
    {
        get
        {
            lock (_lock)
            {
                return _deadLetters.Count;
            }
        }
    }

    public bool HasVisible
    {
        get
        {
            var now = clock.Now;
            lock (_lock)
            {
                return _messages.Any(m => m.VisibleAt <= now);
            }
        }
    }

    /// <summary>When the next invisible message becomes visible again; null when none is invisible.</summary>
    public TimeSpan? NextVisibleAt
    {
        get
        {
            var now = clock.Now;
            lock (_lock)
            {
                var invisible = _messages.Where(m => m.VisibleAt > now).ToList();
                return invisible.Count == 0 ? null : invisible.Min(m => m.VisibleAt);
            }
        }
    }

    public void Send(string messageId, string body, int recordBytes)
    {
        var now = clock.Now;
        lock (_lock)
        {
            _messages.Add(new QueuedMessage(messageId, body, recordBytes, now) { VisibleAt = now });
            Sent++;
        }
    }

    /// <summary>Up to <paramref name="max"/> visible messages that fit in <paramref name="maxBytes"/> (ReceiveMessage returns 10 at most).</summary>
    /// <param name="payloadFull">Set when the next visible message did not fit: the batch is as large as the payload allows.</param>
    public List<QueuedMessage> Receive(int max, long maxBytes, out bool payloadFull)
    {
        var now = clock.Now;
        var received = new List<QueuedMessage>();
        payloadFull = false;
        lock (_lock)
        {
            foreach (var message in _messages.Where(m => m.VisibleAt <= now).ToList())
            {
                if (received.Count == max)
                {
                    break;
                }

                if (message.RecordBytes > maxBytes - received.Sum(r => (long)r.RecordBytes))
                {
                    payloadFull = true;
                    break;
                }

                if (message.ReceiveCount >= maxReceiveCount)
                {
                    _messages.Remove(message);
                    _deadLetters.Add(message);
                    continue;
                }

                message.ReceiveCount++;
                Redelivered += message.ReceiveCount > 1 ? 1 : 0;
                message.VisibleAt = now + visibilityTimeout;
                received.Add(message);
            }
        }

        return received;
    }

    public void Delete(IEnumerable<QueuedMessage> messages)
    {
        lock (_lock)
        {
            foreach (var message in messages)
            {
                if (_messages.Remove(message))
                {
                    Deleted++;
                }
            }
        }
    }
}
