using Amazon.DynamoDBv2.Model;
using OrgBackupHealer.Core.Approvals;
using static OrgBackupHealer.Storage.Internal.StateTableLayout;

namespace OrgBackupHealer.Storage.Internal;

/// <summary>
/// A proposal's item: <c>pk</c>, <c>id</c>, <c>policy</c>, <c>owner</c>, <c>status</c> (OPEN, APPLIED, REJECTED, EXPIRED,
/// SUPERSEDED), <c>hash</c>, <c>actions</c> and <c>diff</c> (L of S), <c>targets</c> (L of S), <c>createdAt</c> and
/// <c>proposalExpiresAt</c> (epoch ms), <c>trigger</c>, and when known <c>snapshot</c>, <c>driftActor</c>,
/// <c>closedAt</c>, <c>closedBy</c>, <c>supersededBy</c>; <c>expiresAt</c> is the TTL.
/// </summary>
internal static class ProposalItem
{
    public const string StatusAttribute = "status";
    public const string OpenStatus = "OPEN";
    private static readonly TimeSpan s_kept = TimeSpan.FromDays(30);

    public static AttributeValue Ttl(Proposal proposal) => EpochSecondsCeiling(proposal.ExpiresAt + s_kept);

    public static Dictionary<string, AttributeValue> Write(Proposal p)
    {
        var item = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [Key] = S(DynamoDbProposalStore.ItemPrefix + p.Id),
            ["id"] = S(p.Id),
            ["policy"] = S(p.Policy),
            ["owner"] = S(p.Owner),
            [StatusAttribute] = S(p.Status.ToString().ToUpperInvariant()),
            ["hash"] = S(p.ObservationHash),
            ["actions"] = List(p.Actions),
            ["diff"] = List(p.Diff),
            ["targets"] = List(p.Targets),
            ["createdAt"] = Millis(p.CreatedAt),
            ["proposalExpiresAt"] = Millis(p.ExpiresAt),
            ["trigger"] = S(p.Trigger),
            [ExpiresAt] = Ttl(p),
        };
        Optional(item, "snapshot", p.Snapshot);
        Optional(item, "driftActor", p.DriftActor);
        Optional(item, "closedBy", p.ClosedBy);
        Optional(item, "supersededBy", p.SupersededBy);
        if (p.ClosedAt is { } closed)
        {
            item["closedAt"] = Millis(closed);
        }

        return item;
    }

    /// <exception cref="InvalidDataException">The item is not one the healer wrote.</exception>
    public static Proposal Read(Dictionary<string, AttributeValue> item)
    {
        string Text(string name) => StateAttributes.String(StateAttributes.Required(item, name, $"proposal {name}"), $"proposal {name}");
        string? OptionalText(string name) => item.TryGetValue(name, out var v) ? StateAttributes.String(v, $"proposal {name}") : null;
        IReadOnlyList<string> Strings(string name) =>
            [.. StateAttributes.List(StateAttributes.Required(item, name, $"proposal {name}"), $"proposal {name}").Select(v => StateAttributes.String(v, $"proposal {name}"))];
        DateTimeOffset Time(string name) => StateAttributes.Millis(StateAttributes.Required(item, name, $"proposal {name}"), $"proposal {name}");

        var status = Text(StatusAttribute);
        if (!Enum.TryParse<ProposalStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            throw new InvalidDataException($"proposal status is \"{status}\", not one the healer writes");
        }

        return new Proposal(Text("id"), Text("policy"), parsed, Text("hash"), Strings("actions"), Strings("diff"), Time("createdAt"), Time("proposalExpiresAt"))
        {
            Owner = Text("owner"),
            Targets = Strings("targets"),
            Trigger = Text("trigger"),
            Snapshot = OptionalText("snapshot"),
            DriftActor = OptionalText("driftActor"),
            ClosedBy = OptionalText("closedBy"),
            SupersededBy = OptionalText("supersededBy"),
            ClosedAt = item.ContainsKey("closedAt") ? Time("closedAt") : null,
        };
    }

    private static AttributeValue List(IEnumerable<string> values) => new() { L = [.. values.Select(S)] };

    private static void Optional(Dictionary<string, AttributeValue> item, string name, string? value)
    {
        if (value is not null)
        {
            item[name] = S(value);
        }
    }
}
