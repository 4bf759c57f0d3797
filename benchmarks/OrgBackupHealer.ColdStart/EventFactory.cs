using System.Text.Json.Nodes;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.ColdStart;

/// <summary>
/// events/ fixtures with fresh ids (EventBridge id and CloudTrail eventID), so the function's idempotency never
/// answers "duplicate" for an invocation that is meant to do work.
/// </summary>
internal sealed class EventFactory
{
    public const string Scheduled = "scheduled.json";

    /// <summary>
    /// An event the function ignores from its name alone, with no Organizations call: a successful DescribeOrganization.
    /// (A DetachPolicy of some other policy is not one: a cold function does not know its policies' ids yet, so it
    /// reconciles to find out.)
    /// </summary>
    public const string Unrelated = "member-describe-organization.json";

    /// <summary>The error signals a throttling or access-denied storm is made of.</summary>
    public static IReadOnlyList<string> ErrorSignals { get; } =
        ["throttling-exception.json", "too-many-requests-list-policies.json", "access-denied-exception.json", "access-denied-attach-policy.json"];

    private readonly Dictionary<string, string> _fixtures;

    public EventFactory()
    {
        var folder = RepositoryPaths.FindAbove("events");
        _fixtures = Directory.GetFiles(folder, "*.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);
    }

    public byte[] Create(string fixture)
    {
        var envelope = JsonNode.Parse(_fixtures[fixture])!;
        envelope["id"] = Guid.NewGuid().ToString();
        if (envelope["detail"] is JsonObject detail && detail.ContainsKey("eventID"))
        {
            detail["eventID"] = Guid.NewGuid().ToString();
        }

        return System.Text.Encoding.UTF8.GetBytes(envelope.ToJsonString());
    }

    /// <summary>Event <paramref name="index"/> of a storm: one scheduled event in ten, error signals otherwise.</summary>
    public byte[] StormEvent(int index) =>
        Create(index % 10 == 0 ? Scheduled : ErrorSignals[index % ErrorSignals.Count]);
}
