namespace OrgBackupHealer.Core.Safety;

/// <summary>
/// The sliding state behind coalescing and the flap guard. Pure: every change returns a new value, so a store can
/// apply it as an optimistic read-modify-write. <see cref="LastSettledAt"/> is the end of the last reconcile that
/// settled the organization (healthy, degraded, or stopped on a condition only an operator can fix);
/// <see cref="HealingRuns"/> are the times of reconciles that wrote.
/// </summary>
public sealed record HealerState(
    DateTimeOffset? LastSettledAt,
    IReadOnlyList<DateTimeOffset> HealingRuns,
    IReadOnlyList<DriftActor> Actors)
{
    public static HealerState Empty { get; } = new(null, [], []);

    public int HealingRunsSince(DateTimeOffset since) => HealingRuns.Count(t => t > since);

    public IReadOnlyList<DriftActor> ActorsSince(DateTimeOffset since) => [.. Actors.Where(a => a.At > since)];

    public HealerState WithSettledAt(DateTimeOffset at) =>
        this with { LastSettledAt = LastSettledAt is { } known ? new[] { known, at }.Max() : at };

    public HealerState WithHealingRunIf(bool healed, DateTimeOffset at) => healed ? this with { HealingRuns = [.. HealingRuns, at] } : this;

    public HealerState WithActor(DriftActor actor) => this with { Actors = [.. Actors, actor] };

    /// <summary>Drops what fell out of the window and keeps the newest actors, so the stored item stays small.</summary>
    public HealerState Prune(DateTimeOffset since, int maxActors) => this with
    {
        HealingRuns = [.. HealingRuns.Where(t => t > since)],
        Actors = [.. Actors.Where(a => a.At > since).OrderByDescending(a => a.At).Take(maxActors).OrderBy(a => a.At)],
    };
}
