namespace OrgBackupHealer.Core.Safety;

public sealed record SafetyOptions
{
    /// <summary>HEALER_COALESCE_SECONDS: error signals this soon after a settled reconcile are skipped. Zero disables.</summary>
    public TimeSpan CoalesceWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// HEALER_MAX_HEALING_RUNS_PER_HOUR: at this many reconciles that wrote within <see cref="FlapWindow"/>, writes are
    /// suspended. Runs, not fixes: one recovery of any size is one run, while an actor undoing the fix every few
    /// minutes makes a run each time.
    /// </summary>
    public int MaxHealingRunsPerHour { get; init; } = 6;

    public TimeSpan FlapWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The in-progress lease when the request carries no deadline (the CLI, tests).</summary>
    public TimeSpan DefaultLease { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a processed event id is remembered; EventBridge retries for up to 24 hours.</summary>
    public TimeSpan EventRetention { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How many recent drift actors are kept for the flap-guard log line.</summary>
    public int MaxActorsKept { get; init; } = 20;
}
