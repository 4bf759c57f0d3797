namespace OrgBackupHealer.Core.Batching;

/// <summary>
/// The error-signal event ids of the batches this execution environment has finished, oldest forgotten first. Error
/// signals are symptoms: claiming each id in the state table would make the table's requests grow with the storm,
/// and a symptom seen twice costs at most its batch's one reconcile. Reserved concurrency 1 means one environment
/// at a time, so this catches EventBridge's duplicate deliveries and the queue's redeliveries until a cold start.
/// </summary>
internal sealed class RecentEventIds
{
    /// <summary>About 10 MB of ids: a storm of 10,000 events an hour, a good hour of them.</summary>
    public const int DefaultCapacity = 100_000;

    private readonly Lock _lock = new();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly int _capacity;

    public RecentEventIds(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _ids.Count;
            }
        }
    }

    public bool Contains(string eventId)
    {
        lock (_lock)
        {
            return _ids.Contains(eventId);
        }
    }

    public void Remember(IEnumerable<string> eventIds)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        lock (_lock)
        {
            foreach (var id in eventIds)
            {
                if (!_ids.Add(id))
                {
                    continue;
                }

                _order.Enqueue(id);
                if (_order.Count > _capacity)
                {
                    _ids.Remove(_order.Dequeue());
                }
            }
        }
    }
}
