using Amazon.DynamoDBv2.Model;
using static OrgBackupHealer.Storage.Internal.StateTableLayout;

namespace OrgBackupHealer.Storage.Internal;

/// <summary>
/// The item <c>pk = "event#&lt;id&gt;"</c>: <c>status</c> INPROGRESS|COMPLETED, <c>until</c> N (epoch ms: the lease end,
/// then the retention end), <c>expiresAt</c> N (epoch s, TTL), and while in progress <c>attempt</c> S (the request or
/// message id that holds it: a retry of the same attempt takes the claim over at once). Only an item the healer can read blocks a claim: one
/// whose <c>until</c> is not a number or whose <c>status</c> is neither value (a hand edit) is claimable like an absent
/// one, since it can neither be compared with the clock nor expire (TTL ignores a non-number).
/// </summary>
internal static class EventClaimItem
{
    private const string AnyAttemptCondition =
        "attribute_not_exists(#pk) OR NOT attribute_type(#until, :number) OR #until <= :now OR NOT (#status IN (:inprogress, :completed))";

    /// <summary>A claim without an attempt (empty) takes over nothing but an ended lease.</summary>
    public static string ClaimCondition(string attempt) =>
        attempt.Length == 0 ? AnyAttemptCondition : AnyAttemptCondition + " OR (#status = :inprogress AND #attempt = :attempt)";

    public static Dictionary<string, string> ClaimNames(string attempt)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["#pk"] = Key, ["#until"] = Until, ["#status"] = Status };
        if (attempt.Length > 0)
        {
            names["#attempt"] = Attempt;
        }

        return names;
    }

    public static Dictionary<string, AttributeValue> ClaimValues(DateTimeOffset now, string attempt)
    {
        var values = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [":now"] = Millis(now),
            [":number"] = S("N"),
            [":inprogress"] = S(InProgress),
            [":completed"] = S(Completed),
        };
        if (attempt.Length > 0)
        {
            values[":attempt"] = S(attempt);
        }

        return values;
    }

    public static Dictionary<string, AttributeValue> Write(string eventId, string status, DateTimeOffset until, string attempt = "")
    {
        var item = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [Key] = S(EventKey(eventId)),
            [Status] = S(status),
            [Until] = Millis(until),
            [ExpiresAt] = EpochSecondsCeiling(until),
        };
        if (attempt.Length > 0)
        {
            item[Attempt] = S(attempt);
        }

        return item;
    }

    /// <summary>Null when <paramref name="item"/> is absent or as the healer writes it; otherwise what is wrong with it.</summary>
    public static string? ProblemWith(Dictionary<string, AttributeValue>? item)
    {
        if (item is null || item.Count == 0)
        {
            return null;
        }

        try
        {
            var status = StateAttributes.String(StateAttributes.Required(item, Status, Status), Status);
            if (status is not (InProgress or Completed))
            {
                return $"{Status} is \"{status}\", neither {InProgress} nor {Completed}";
            }

            StateAttributes.Long(StateAttributes.Required(item, Until, Until), Until);
            StateAttributes.Long(StateAttributes.Required(item, ExpiresAt, ExpiresAt), ExpiresAt);
            return null;
        }
        catch (InvalidDataException e)
        {
            return e.Message;
        }
    }
}
