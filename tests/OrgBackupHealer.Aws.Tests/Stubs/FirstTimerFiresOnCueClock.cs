namespace OrgBackupHealer.Aws.Tests.Stubs;

/// <summary>
/// A clock whose timers never fire by themselves; <see cref="FireFirstTimer"/> fires the first one created (the
/// first attempt's timeout), so a test decides exactly when that attempt times out and its retry has all the time
/// it needs. No real waiting, and no other thread involved.
/// </summary>
internal sealed class FirstTimerFiresOnCueClock : TimeProvider
{
    private (TimerCallback Callback, object? State)? _first;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _first ??= (callback, state);
        return new InertTimer();
    }

    public void FireFirstTimer()
    {
        var (callback, state) = _first ?? throw new InvalidOperationException("No timer was created.");
        callback(state);
    }

    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
