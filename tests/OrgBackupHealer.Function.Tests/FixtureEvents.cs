using System.Globalization;
using System.Text.Json.Nodes;

namespace OrgBackupHealer.Function.Tests;

/// <summary>The events/ fixtures, and variations of them built by editing the parsed JSON.</summary>
internal static class FixtureEvents
{
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "events", name + ".json"));

    public static JsonObject Parse(string name) => JsonNode.Parse(Read(name))!.AsObject();

    public static JsonObject Detail(JsonObject envelope) => envelope["detail"]!.AsObject();

    /// <summary>A new envelope id and CloudTrail eventID, and <paramref name="at"/> as both the envelope and the event time.</summary>
    public static byte[] Stamp(JsonObject envelope, int sequence, DateTimeOffset at)
    {
        var time = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        envelope["id"] = $"00000000-0000-4000-8000-{sequence:D12}";
        envelope["time"] = time;
        Detail(envelope)["eventID"] = $"10000000-0000-4000-8000-{sequence:D12}";
        Detail(envelope)["eventTime"] = time;
        return System.Text.Encoding.UTF8.GetBytes(envelope.ToJsonString());
    }
}
