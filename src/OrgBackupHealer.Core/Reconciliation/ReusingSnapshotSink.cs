namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// Saves a snapshot only when the observed state differs from the last one saved through it: a reconcile that
/// failed and runs again (Lambda's retry) against an unchanged organization points at the first snapshot instead
/// of writing another copy. What was observed is compared, not when or why.
/// </summary>
internal sealed class ReusingSnapshotSink(ISnapshotSink inner) : ISnapshotSink
{
    private readonly Lock _lock = new();
    private (StateSnapshot State, SnapshotReceipt Receipt)? _last;

    public async Task<SnapshotReceipt> SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_lock)
        {
            if (_last is { } last && last.State.SameStateAs(snapshot))
            {
                return last.Receipt with { Reused = true };
            }
        }

        var receipt = await inner.SaveAsync(snapshot, cancellationToken).ConfigureAwait(false);
        lock (_lock)
        {
            _last = (snapshot, receipt);
        }

        return receipt;
    }
}
