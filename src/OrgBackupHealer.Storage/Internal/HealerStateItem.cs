using Amazon.DynamoDBv2.Model;
using OrgBackupHealer.Core.Safety;
using static OrgBackupHealer.Storage.Internal.StateTableLayout;

namespace OrgBackupHealer.Storage.Internal;

/// <summary>
/// Maps <see cref="HealerState"/> to the single item <c>pk = "state"</c>:
/// <c>healthyAt</c> N (absent until a healthy reconcile), <c>fixes</c> L of N, <c>actors</c> L of M
/// {principal S, eventName S, at N}, <c>version</c> N (optimistic concurrency). No TTL: it is one small item.
/// </summary>
internal static class HealerStateItem
{
    public static (HealerState State, long Version) Read(Dictionary<string, AttributeValue>? item)
    {
        if (item is null || item.Count == 0)
        {
            return (HealerState.Empty, 0);
        }

        DateTimeOffset? healthyAt = item.TryGetValue(HealthyAt, out var h) ? ReadMillis(h) : null;
        var fixes = item.TryGetValue(Fixes, out var f) && f.L is { } fixList ? fixList.Select(ReadMillis).ToList() : [];
        var actors = item.TryGetValue(Actors, out var a) && a.L is { } actorList ? actorList.Select(ReadActor).ToList() : [];
        var version = item.TryGetValue(VersionNumber, out var v) ? ReadLong(v) : 0;
        return (new HealerState(healthyAt, fixes, actors), version);
    }

    public static Dictionary<string, AttributeValue> Write(HealerState state, long version)
    {
        var item = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [Key] = S(StateKey),
            [Fixes] = new() { L = [.. state.FixTimes.Select(Millis)] },
            [Actors] = new() { L = [.. state.Actors.Select(WriteActor)] },
            [VersionNumber] = N(version),
        };
        if (state.LastHealthyAt is { } healthyAt)
        {
            item[HealthyAt] = Millis(healthyAt);
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
