using System.Globalization;
using System.Text.Json.Nodes;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Storm;

/// <summary>
/// The storm: <c>events</c> error signals from <c>accounts</c> member accounts spread evenly over <c>seconds</c>, each
/// with fresh ids and stamped with the time it is sent, cycling through the events/ error fixtures. Besides them, to
/// show that every record is accounted for: 1 % of the error signals delivered a second time (EventBridge delivers at
/// least once), and a few records the rules keep out in production (the healer's own failed call, a body that is not
/// an event, a successful read) as if a pattern had let them through. Directly at the function: an SCP detached (drift
/// rule, not the managed policy) at 40 % of the storm, and the managed policy detached by someone at 70 % of it.
/// </summary>
internal sealed class StormEvents
{
    public const string MemberAccountPrefix = "2";

    private static readonly string[] s_errorFixtures =
    [
        "throttling-exception", "too-many-requests-list-policies", "access-denied-exception", "access-denied-attach-policy",
        "member-access-denied-assumed-role", "member-access-denied-iam-user", "member-access-denied-root-user",
        "member-access-denied-aws-service", "member-too-many-requests-describe-organization",
    ];

    private readonly Dictionary<string, string> _fixtures;

    public StormEvents()
    {
        var folder = RepositoryPaths.FindAbove("events");
        _fixtures = Directory.GetFiles(folder, "*.json").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal);
    }

    /// <param name="managedPolicyId">The managed policy's id, which the drift event names.</param>
    public List<StormEvent> Build(StormOptions options, string managedPolicyId)
    {
        var duration = TimeSpan.FromSeconds(options.Seconds);
        var spacing = duration / options.Events;
        var events = new List<StormEvent>(options.Events + (options.Events / 50) + 30);
        for (var i = 0; i < options.Events; i++)
        {
            var at = spacing * i;
            var sequence = i;
            var fixture = s_errorFixtures[i % s_errorFixtures.Length];
            var account = AccountId(i % options.Accounts);
            var sent = new string?[1];
            events.Add(new StormEvent(at, StormEvent.Error, false, $"m-{i:D6}", time => sent[0] = Stamp(fixture, sequence, account, time)));
            if (i % 100 == 50)
            {
                // The same event again, a few hundred milliseconds later: the same body, another message id.
                events.Add(new StormEvent(
                    at + TimeSpan.FromMilliseconds(300), StormEvent.Duplicate, false, $"m-{i:D6}-again", time => sent[0] ?? Stamp(fixture, sequence, account, time)));
            }
        }

        for (var i = 0; i < 10; i++)
        {
            events.Add(new StormEvent(duration * (i + 0.5) / 10, StormEvent.Self, false, $"self-{i}", time => Stamp("self-generated-error", 900_000 + i, "111111111111", time)));
        }

        for (var i = 0; i < 5; i++)
        {
            events.Add(new StormEvent(duration * (i + 0.3) / 5, StormEvent.Invalid, false, $"invalid-{i}", _ => "{\"not\": \"an EventBridge event\""));
            events.Add(new StormEvent(duration * (i + 0.7) / 5, StormEvent.Unrelated, false, $"unrelated-{i}", time => Stamp("member-describe-organization", 910_000 + i, AccountId(i), time)));
        }

        events.Add(new StormEvent(duration * 0.4, StormEvent.UnrelatedDrift, true, "drift-scp", time => Stamp("unrelated-scp-change", 920_000, "111111111111", time)));
        events.Add(new StormEvent(duration * 0.7, StormEvent.Drift, true, "drift-detach", time => Drift(managedPolicyId, time)));
        return [.. events.OrderBy(e => e.At)];
    }

    private static string AccountId(int index) => MemberAccountPrefix + index.ToString("D11", CultureInfo.InvariantCulture);

    private string Stamp(string fixture, int sequence, string account, DateTimeOffset time) =>
        Stamped(JsonNode.Parse(_fixtures[fixture])!.AsObject(), sequence, account, time).ToJsonString();

    private string Drift(string policyId, DateTimeOffset time)
    {
        var envelope = Stamped(JsonNode.Parse(_fixtures["detach-managed-policy"])!.AsObject(), 930_000, "111111111111", time);
        envelope["detail"]!["requestParameters"]!["policyId"] = policyId;
        return envelope.ToJsonString();
    }

    /// <summary>Fresh ids, the account, and the send time as the envelope's and the record's time (seconds, as EventBridge writes it).</summary>
    private static JsonObject Stamped(JsonObject envelope, int sequence, string account, DateTimeOffset time)
    {
        var text = time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        envelope["id"] = $"5707e000-0000-4000-8000-{sequence:D12}";
        envelope["time"] = text;
        envelope["account"] = account;
        if (envelope["detail"] is JsonObject detail)
        {
            detail["eventID"] = $"5707e111-0000-4000-8000-{sequence:D12}";
            detail["eventTime"] = text;
            detail["recipientAccountId"] = account;
        }

        return envelope;
    }
}
