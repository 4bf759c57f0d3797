using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Cli.State;

/// <summary>
/// The flap guard as the gate sees it at <paramref name="Now"/>: the healing runs of the last hour and whether they
/// reach the limit (the gate's rule: at <c>limit</c> runs within the window, reconciles only report). When tripped,
/// writing resumes once enough runs have left the window to fall below the limit.
/// </summary>
internal sealed record FlapGuardView(DateTimeOffset Now, IReadOnlyList<DateTimeOffset> RunsInWindow, int Limit)
{
    public static FlapGuardView Of(HealerState state, DateTimeOffset now, int limit)
    {
        ArgumentNullException.ThrowIfNull(state);
        var windowStart = now - new SafetyOptions().FlapWindow;
        return new(now, [.. state.HealingRuns.Where(t => t > windowStart).Order()], limit);
    }

    public bool Tripped => RunsInWindow.Count >= Limit;

    /// <summary>When the run that keeps the count at the limit leaves the window; null when not tripped.</summary>
    public DateTimeOffset? WritingResumesAt => Tripped ? RunsInWindow[RunsInWindow.Count - Limit] + new SafetyOptions().FlapWindow : null;
}
