using System.Diagnostics;

namespace OrgBackupHealer.Storm;

/// <summary>
/// The harness's time: real time since the storm started, plus whatever the queue fast-forwarded over (a visibility
/// timeout nothing else was waiting for). Event times stay real UTC, as the function's clock is.
/// </summary>
internal sealed class HarnessClock
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private TimeSpan _skipped;

    public TimeSpan Now
    {
        get
        {
            lock (_lock)
            {
                return _watch.Elapsed + _skipped;
            }
        }
    }

    /// <summary>Real time only: what a measurement of the run's duration or a latency uses.</summary>
    public TimeSpan RealElapsed => _watch.Elapsed;

    public TimeSpan Skipped
    {
        get
        {
            lock (_lock)
            {
                return _skipped;
            }
        }
    }

    public void SkipTo(TimeSpan at)
    {
        lock (_lock)
        {
            var now = _watch.Elapsed + _skipped;
            if (at > now)
            {
                _skipped += at - now;
            }
        }
    }
}
