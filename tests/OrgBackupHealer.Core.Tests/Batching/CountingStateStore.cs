using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Tests.Batching;

/// <summary>
/// The in-memory store, counting the requests the DynamoDB store makes for each call when nothing conflicts: a claim,
/// a completion, a release and a read are one request each; an update reads and then writes the state item (two).
/// </summary>
internal sealed class CountingStateStore : IHealerStateStore
{
    private readonly InMemoryHealerStateStore _inner = new();

    public int Requests { get; private set; }

    public int Claims { get; private set; }

    public Task<EventClaim> TryClaimEventAsync(string eventId, string attempt, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        Requests++;
        Claims++;
        return _inner.TryClaimEventAsync(eventId, attempt, now, leaseUntil, cancellationToken);
    }

    public Task CompleteEventAsync(string eventId, DateTimeOffset keepUntil, CancellationToken cancellationToken)
    {
        Requests++;
        return _inner.CompleteEventAsync(eventId, keepUntil, cancellationToken);
    }

    public Task ReleaseEventAsync(string eventId, CancellationToken cancellationToken)
    {
        Requests++;
        return _inner.ReleaseEventAsync(eventId, cancellationToken);
    }

    public Task<HealerState> ReadStateAsync(CancellationToken cancellationToken)
    {
        Requests++;
        return _inner.ReadStateAsync(cancellationToken);
    }

    public Task<HealerState> UpdateStateAsync(Func<HealerState, HealerState> change, CancellationToken cancellationToken)
    {
        Requests += 2;
        return _inner.UpdateStateAsync(change, cancellationToken);
    }
}
