using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Tests.Pipeline;

/// <summary>The in-memory store, except that once <see cref="FailWrites"/> is set, state updates and completions throw (a throttled table).</summary>
internal sealed class FailingWritesStateStore : IHealerStateStore
{
    private readonly InMemoryHealerStateStore _inner = new();

    public bool FailWrites { get; set; }

    public Task<EventClaim> TryClaimEventAsync(string eventId, string attempt, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        _inner.TryClaimEventAsync(eventId, attempt, now, leaseUntil, cancellationToken);

    public Task CompleteEventAsync(string eventId, DateTimeOffset keepUntil, CancellationToken cancellationToken) =>
        FailWrites ? throw Throttled() : _inner.CompleteEventAsync(eventId, keepUntil, cancellationToken);

    public Task ReleaseEventAsync(string eventId, CancellationToken cancellationToken) => _inner.ReleaseEventAsync(eventId, cancellationToken);

    public Task<HealerState> ReadStateAsync(CancellationToken cancellationToken) => _inner.ReadStateAsync(cancellationToken);

    public Task<HealerState> UpdateStateAsync(Func<HealerState, HealerState> change, CancellationToken cancellationToken) =>
        FailWrites ? throw Throttled() : _inner.UpdateStateAsync(change, cancellationToken);

    private static InvalidOperationException Throttled() => new("ProvisionedThroughputExceededException: the state table is throttled");
}
