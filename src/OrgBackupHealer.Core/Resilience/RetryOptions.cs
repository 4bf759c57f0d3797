namespace OrgBackupHealer.Core.Resilience;

/// <summary>Jittered exponential backoff: attempt n waits a random time in [0, min(MaxDelay, BaseDelay·2ⁿ)].</summary>
public sealed record RetryOptions
{
    public int MaxAttempts { get; init; } = 6;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>The full-jitter delay before retry number <paramref name="retry"/> (0-based).</summary>
    public TimeSpan DelayFor(int retry, double random01)
    {
        var ceiling = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, retry));
        return TimeSpan.FromMilliseconds(ceiling * random01);
    }
}
