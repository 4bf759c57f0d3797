using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace OrgBackupHealer.Storage.Internal;

/// <summary>
/// Attribute names of the state table (key <c>pk</c>, string; TTL attribute <c>expiresAt</c>, epoch seconds).
/// Times inside items are epoch milliseconds, so the gate's sub-second coalescing survives a round trip. Writers only:
/// <see cref="StateAttributes"/> reads.
/// </summary>
internal static class StateTableLayout
{
    public const string Key = "pk";
    public const string ExpiresAt = "expiresAt";
    public const string Status = "status";
    public const string Until = "until";
    public const string Attempt = "attempt";
    public const string SettledAt = "settledAt";
    public const string HealingRuns = "healingRuns";
    public const string Actors = "actors";
    public const string VersionNumber = "version";
    public const string Principal = "principal";
    public const string EventName = "eventName";
    public const string At = "at";

    public const string InProgress = "INPROGRESS";
    public const string Completed = "COMPLETED";

    public const string StateKey = "state";

    public static string EventKey(string eventId) => "event#" + eventId;

    public static AttributeValue S(string value) => new() { S = value };

    public static AttributeValue N(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    public static AttributeValue Millis(DateTimeOffset at) => N(at.ToUnixTimeMilliseconds());

    /// <summary>TTL deletes lazily (within days), so readers compare <see cref="Until"/> instead of trusting deletion.</summary>
    public static AttributeValue EpochSecondsCeiling(DateTimeOffset at) =>
        N((at.ToUnixTimeMilliseconds() + 999) / 1000);
}
