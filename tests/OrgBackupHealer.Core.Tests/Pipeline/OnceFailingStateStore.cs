using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Tests.Pipeline;

/// <summary>The in-memory store, except that the next call to <see cref="FailNext"/>'s operation throws, once (a throttled table).</summary>
internal sealed class OnceFailingStateStore : IHealerStateStore
{
    public const string Read = nameof(ReadStateAsync);
    public const string Update = nameof(UpdateStateAsync);
    public const string Release = nameof(ReleaseEventAsync);
    public const string Complete = nameof(CompleteEventAsync);

    private string? _failNext;

    public InMemoryHealerStateStore Inner { get; } = new();

    public void FailNext(string operation) => _failNext = operation;

    public Task<EventClaim> TryClaimEventAsync(string eventId, string attempt, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        Inner.TryClaimEventAsync(eventId, attempt, now, leaseUntil, cancellationToken);

    public Task CompleteEventAsync(string eventId, DateTimeOffset keepUntil, CancellationToken cancellationToken) =>
        Fails(Complete) ? throw Throttled() : Inner.CompleteEventAsync(eventId, keepUntil, cancellationToken);

    public Task ReleaseEventAsync(string eventId, CancellationToken cancellationToken) =>
        Fails(Release) ? throw Throttled() : Inner.ReleaseEventAsync(eventId, cancellationToken);

    public Task<HealerState> ReadStateAsync(CancellationToken cancellationToken) =>
        Fails(Read) ? throw Throttled() : Inner.ReadStateAsync(cancellationToken);

    public Task<HealerState> UpdateStateAsync(Func<HealerState, HealerState> change, CancellationToken cancellationToken) =>
        Fails(Update) ? throw Throttled() : Inner.UpdateStateAsync(change, cancellationToken);

    private bool Fails(string operation)
    {
        if (_failNext != operation)
        {
            return false;
        }

        _failNext = null;
        return true;
    }

    private static InvalidOperationException Throttled() => new("ProvisionedThroughputExceededException: the state table is throttled");
}
