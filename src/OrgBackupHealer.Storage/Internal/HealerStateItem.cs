using Amazon.DynamoDBv2.Model;
using OrgBackupHealer.Core.Safety;
using static OrgBackupHealer.Storage.Internal.StateTableLayout;

namespace OrgBackupHealer.Storage.Internal;

/// <summary>
/// Maps <see cref="HealerState"/> to the single item <c>pk = "state"</c>:
/// <c>settledAt</c> N (absent until a reconcile settled the organization), <c>healingRuns</c> L of N, <c>actors</c>
/// L of M {principal S, eventName S, at N}, <c>version</c> N (optimistic concurrency). No TTL: it is one small item.
/// Read strictly: an attribute of another type, a number that is not a time, an actor missing a field makes the whole
/// item unreadable, and it reads as empty with the problem named (the store reports it); so does an item without a
/// version, which the healer never writes. Absent lists are empty lists, and attributes of older layouts (healthyAt,
/// fixes) are ignored: the first event after the upgrade is simply not coalesced.
/// </summary>
internal static class HealerStateItem
{
    public static StateItemReading Read(Dictionary<string, AttributeValue>? item)
    {
        var guard = StateWriteGuard.For(item);
        if (item is null || item.Count == 0)
        {
            return new(HealerState.Empty, guard, null);
        }

        try
        {
            StateAttributes.Long(StateAttributes.Required(item, VersionNumber, VersionNumber), VersionNumber);
            DateTimeOffset? settledAt = item.TryGetValue(SettledAt, out var settled) ? StateAttributes.Millis(settled, SettledAt) : null;
            var runs = item.TryGetValue(HealingRuns, out var r)
                ? StateAttributes.List(r, HealingRuns).Select((run, i) => StateAttributes.Millis(run, $"{HealingRuns}[{i}]")).ToList()
                : [];
            var actors = item.TryGetValue(Actors, out var a)
                ? StateAttributes.List(a, Actors).Select((actor, i) => ReadActor(actor, $"{Actors}[{i}]")).ToList()
                : [];
            return new(new HealerState(settledAt, runs, actors), guard, null);
        }
        catch (InvalidDataException e)
        {
            return new(HealerState.Empty, guard, e.Message);
        }
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

    private static DriftActor ReadActor(AttributeValue value, string name)
    {
        var map = StateAttributes.Map(value, name);
        return new DriftActor(
            StateAttributes.String(StateAttributes.Required(map, Principal, $"{name}.{Principal}"), $"{name}.{Principal}"),
            StateAttributes.String(StateAttributes.Required(map, EventName, $"{name}.{EventName}"), $"{name}.{EventName}"),
            StateAttributes.Millis(StateAttributes.Required(map, At, $"{name}.{At}"), $"{name}.{At}"));
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
