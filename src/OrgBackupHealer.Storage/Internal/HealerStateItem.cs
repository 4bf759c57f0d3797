using Amazon.DynamoDBv2.Model;
using OrgBackupHealer.Core.Safety;
using static OrgBackupHealer.Storage.Internal.StateTableLayout;

namespace OrgBackupHealer.Storage.Internal;

/// <summary>
/// Maps <see cref="HealerState"/> to the single item <c>pk = "state"</c>:
/// <c>settledAt</c> N (absent until a reconcile settled the organization), <c>healingRuns</c> L of N, <c>actors</c>
/// L of M {principal S, eventName S, at N}, <c>version</c> N (optimistic concurrency). No TTL: it is one small item.
/// Items written before these names (healthyAt, fixes) read as empty: the first event after the upgrade is simply
/// not coalesced.
/// </summary>
internal static class HealerStateItem
{
    public static (HealerState State, long Version) Read(Dictionary<string, AttributeValue>? item)
    {
        if (item is null || item.Count == 0)
        {
            return (HealerState.Empty, 0);
        }

        DateTimeOffset? settledAt = item.TryGetValue(SettledAt, out var h) ? ReadMillis(h) : null;
        var runs = item.TryGetValue(HealingRuns, out var f) && f.L is { } runList ? runList.Select(ReadMillis).ToList() : [];
        var actors = item.TryGetValue(Actors, out var a) && a.L is { } actorList ? actorList.Select(ReadActor).ToList() : [];
        var version = item.TryGetValue(VersionNumber, out var v) ? ReadLong(v) : 0;
        return (new HealerState(settledAt, runs, actors), version);
    }

    public static Dictionary<string, AttributeValue> Write(HealerState state, long version)
    {
        var item = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [Key] = S(StateKey),
            [HealingRuns] = new() { L = [.. state.HealingRuns.Select(Millis)] },
            [Actors] = new() { L = [.. state.Actors.Select(WriteActor)] },
            [VersionNumber] = N(version),
        };
        if (state.LastSettledAt is { } settledAt)
        {
            item[SettledAt] = Millis(settledAt);
        }

        return item;
    }

    private static DriftActor ReadActor(AttributeValue value)
    {
        var map = value.M ?? [];
        return new DriftActor(
            map.TryGetValue(Principal, out var p) ? p.S ?? "" : "",
            map.TryGetValue(EventName, out var e) ? e.S ?? "" : "",
            map.TryGetValue(At, out var at) ? ReadMillis(at) : DateTimeOffset.UnixEpoch);
    }

    private static AttributeValue WriteActor(DriftActor actor) => new()
    {
        M = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [Principal] = S(actor.Principal),
            [EventName] = S(actor.EventName),
            [At] = Millis(actor.At),
        },
    };
}
