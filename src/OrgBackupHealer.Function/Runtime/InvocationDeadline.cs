namespace OrgBackupHealer.Function.Runtime;

/// <summary>A token cancelled at Lambda's deadline minus a safety margin, or when the loop is stopped.</summary>
internal sealed class InvocationDeadline : IDisposable
{
    private readonly CancellationTokenSource _timeout;
    private readonly CancellationTokenSource _linked;

    public InvocationDeadline(DateTimeOffset? deadline, TimeSpan safetyMargin, TimeProvider time, CancellationToken stop)
    {
        var remaining = deadline is { } end ? end - time.GetUtcNow() - safetyMargin : Timeout.InfiniteTimeSpan;
        _timeout = remaining == Timeout.InfiniteTimeSpan
            ? new CancellationTokenSource()
            : new CancellationTokenSource(new[] { remaining, TimeSpan.Zero }.Max(), time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(_timeout.Token, stop);
    }

    public CancellationToken Token => _linked.Token;

    public void Dispose()
    {
        _linked.Dispose();
        _timeout.Dispose();
    }
}
