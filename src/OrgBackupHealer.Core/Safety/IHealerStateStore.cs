namespace OrgBackupHealer.Core.Safety;

/// <summary>
/// Where the gate keeps what must survive a cold start: one record per event id (in progress with a lease, or
/// completed until it expires) and one <see cref="HealerState"/>. Implementations: in memory, DynamoDB.
/// </summary>
public interface IHealerStateStore
{
    /// <summary>
    /// Atomically takes the in-progress lease for <paramref name="eventId"/> for <paramref name="attempt"/> unless a
    /// completed record or another attempt's unexpired lease exists. An in-progress record whose lease ended before
    /// <paramref name="now"/> is taken over, and so is one of the same attempt at once: Lambda retries an invocation
    /// with its request id only after the failed one has ended, so the record is what a crash or a failed release left.
    /// </summary>
    Task<EventClaim> TryClaimEventAsync(string eventId, string attempt, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Marks the event processed; the record is kept until <paramref name="keepUntil"/>.</summary>
    Task CompleteEventAsync(string eventId, DateTimeOffset keepUntil, CancellationToken cancellationToken);

    /// <summary>Drops an in-progress record after a failed attempt, so a retry of the same event runs at once.</summary>
    Task ReleaseEventAsync(string eventId, CancellationToken cancellationToken);

    Task<HealerState> ReadStateAsync(CancellationToken cancellationToken);

    /// <summary>Applies <paramref name="change"/> atomically (it may be called again on a conflict) and returns the stored result.</summary>
    Task<HealerState> UpdateStateAsync(Func<HealerState, HealerState> change, CancellationToken cancellationToken);
}

/// <summary>The answer to "may this invocation process this event id?" (Powertools idempotency states).</summary>
public enum EventClaim
{
    /// <summary>No live record: this invocation now holds the in-progress lease.</summary>
    Claimed,

    /// <summary>Another invocation holds an unexpired in-progress lease.</summary>
    InProgress,

    /// <summary>The event was already processed.</summary>
    Completed,
}
