namespace OrgBackupHealer.Core.Safety;

/// <summary>
/// The sliding state behind coalescing and the flap guard. Pure: every change returns a new value, so a
/// store can apply it as an optimistic read-modify-write.
/// </summary>
public sealed record HealerState(
    DateTimeOffset? LastHealthyAt,
    IReadOnlyList<DateTimeOffset> FixTimes,
    IReadOnlyList<DriftActor> Actors)
{
    public static HealerState Empty { get; } = new(null, [], []);

    public int FixesSince(DateTimeOffset since) => FixTimes.Count(t => t > since);

    public IReadOnlyList<DriftActor> ActorsSince(DateTimeOffset since) => [.. Actors.Where(a => a.At > since)];

    public HealerState WithHealthyAt(DateTimeOffset at) =>
        this with { LastHealthyAt = LastHealthyAt is { } known && known > at ? known : at };

    public HealerState WithFixes(DateTimeOffset at, int count) =>
        count <= 0 ? this : this with { FixTimes = [.. FixTimes, .. Enumerable.Repeat(at, count)] };

    public HealerState WithActor(DriftActor actor) => this with { Actors = [.. Actors, actor] };

    /// <summary>Drops what fell out of the window and keeps the newest actors, so the stored item stays small.</summary>
    public HealerState Prune(DateTimeOffset since, int maxActors) => this with
    {
        FixTimes = [.. FixTimes.Where(t => t > since)],
        Actors = [.. Actors.Where(a => a.At > since).OrderByDescending(a => a.At).Take(maxActors).OrderBy(a => a.At)],
    };
}
