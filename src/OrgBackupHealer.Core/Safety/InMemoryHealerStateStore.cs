namespace OrgBackupHealer.Core.Safety;

/// <summary>
/// The state store used when HEALER_STATE_TABLE is unset: it lives as long as the Lambda execution
/// environment (reserved concurrency 1 means one environment at a time), so a cold start forgets it.
/// Thread-safe, so concurrent duplicates in one process still run once.
/// </summary>
public sealed class InMemoryHealerStateStore : IHealerStateStore
{
    private static readonly TimeSpan s_sweepInterval = TimeSpan.FromMinutes(1);
    private readonly Lock _lock = new();
    private readonly Dictionary<string, EventRecord> _events = new(StringComparer.Ordinal);
    private HealerState _state = HealerState.Empty;
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>The event records held, expired ones included until the next sweep drops them.</summary>
    internal int EventRecords
    {
        get
        {
            lock (_lock)
            {
                return _events.Count;
            }
        }
    }

    public Task<EventClaim> TryClaimEventAsync(string eventId, string attempt, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            SweepExpired(now);
            if (_events.TryGetValue(eventId, out var existing) && existing.Until > now && !(IsSameAttempt(existing, attempt) && !existing.Completed))
            {
                return Task.FromResult(existing.Completed ? EventClaim.Completed : EventClaim.InProgress);
            }

            _events[eventId] = new EventRecord(Completed: false, leaseUntil) { Attempt = attempt };
            return Task.FromResult(EventClaim.Claimed);
        }
    }

    public Task CompleteEventAsync(string eventId, DateTimeOffset keepUntil, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _events[eventId] = new EventRecord(Completed: true, keepUntil);
        }

        return Task.CompletedTask;
    }

    public Task ReleaseEventAsync(string eventId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_events.TryGetValue(eventId, out var existing) && !existing.Completed)
            {
                _events.Remove(eventId);
            }
        }

        return Task.CompletedTask;
    }

    public Task<HealerState> ReadStateAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_state);
        }
    }

    public Task<HealerState> UpdateStateAsync(Func<HealerState, HealerState> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_lock)
        {
            _state = change(_state);
            return Task.FromResult(_state);
        }
    }

    /// <summary>Expired records are dropped at most once a minute, so a storm of distinct ids costs no quadratic work.</summary>
    private void SweepExpired(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + s_sweepInterval;
        foreach (var id in _events.Where(e => e.Value.Until <= now).Select(e => e.Key).ToList())
        {
            _events.Remove(id);
        }
    }

    /// <summary>Until is the lease end for an in-progress record and the retention end for a completed one.</summary>
    private static bool IsSameAttempt(EventRecord record, string attempt) => attempt.Length > 0 && record.Attempt == attempt;

    private readonly record struct EventRecord(bool Completed, DateTimeOffset Until)
    {
        public string? Attempt { get; init; }
    }
}
