using System.Globalization;
using System.Text.Json.Nodes;

namespace OrgBackupHealer.Storm;

/// <summary>What one path (buffered through the queue, or direct as before) cost and did for the same storm.</summary>
internal sealed record PathResult(
    string Path,
    int Invocations,
    int BatchInvocations,
    int DirectInvocations,
    IReadOnlyList<string> Reconciles,
    int OrganizationsCalls,
    IReadOnlyDictionary<string, int> OrganizationsCallsByOperation,
    IReadOnlyList<int> OrganizationsCallsPerInvocation,
    int StateTableRequests,
    IReadOnlyDictionary<string, int> StateTableRequestsByOperation,
    double? TimeToRepairSeconds,
    double? DriftRepairSeconds,
    double? DriftAnswerSeconds,
    IReadOnlyDictionary<string, int> EventsByOutcome,
    IReadOnlyDictionary<string, int> EventsIgnoredMetric,
    int EventsSent,
    int EventsAccounted,
    int DeadLettered,
    int Left,
    JsonObject Mapping,
    double StormSeconds,
    double WallClockSeconds,
    double QueueTimeSkippedSeconds,
    double PeakRssMiB)
{
    public bool NoneLost => DeadLettered == 0 && Left == 0 && EventsAccounted == EventsSent;

    public JsonObject ToJson() => new()
    {
        ["path"] = Path,
        ["invocations"] = Invocations,
        ["batchInvocations"] = BatchInvocations,
        ["directInvocations"] = DirectInvocations,
        ["reconciles"] = Reconciles.Count,
        ["reconcileOutcomes"] = new JsonArray([.. Reconciles.Select(r => JsonValue.Create(r))]),
        ["organizationsCalls"] = OrganizationsCalls,
        ["organizationsCallsByOperation"] = Map(OrganizationsCallsByOperation),
        ["organizationsCallsPerInvocationThatCalled"] = new JsonArray([.. OrganizationsCallsPerInvocation.Select(c => JsonValue.Create(c))]),
        ["stateTableRequests"] = StateTableRequests,
        ["stateTableRequestsByOperation"] = Map(StateTableRequestsByOperation),
        ["timeToRepairSeconds"] = Round(TimeToRepairSeconds),
        ["driftRepairSeconds"] = Round(DriftRepairSeconds),
        ["driftAnsweredSeconds"] = Round(DriftAnswerSeconds),
        ["eventsByOutcome"] = Map(EventsByOutcome),
        ["eventsIgnoredMetric"] = Map(EventsIgnoredMetric),
        ["eventsSent"] = EventsSent,
        ["eventsAccounted"] = EventsAccounted,
        ["deadLettered"] = DeadLettered,
        ["left"] = Left,
        ["noneLost"] = NoneLost,
        ["mapping"] = Mapping,
        ["stormSeconds"] = Round(StormSeconds),
        ["wallClockSeconds"] = Round(WallClockSeconds),
        ["queueTimeSkippedSeconds"] = Round(QueueTimeSkippedSeconds),
        ["peakRssMiB"] = Round(PeakRssMiB),
    };

    private static JsonObject Map(IReadOnlyDictionary<string, int> counts) =>
        new(counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => KeyValuePair.Create(c.Key, (JsonNode?)JsonValue.Create(c.Value))));

    private static JsonValue? Round(double? value) =>
        value is { } v ? JsonValue.Create(Math.Round(v, 3)) : null;

    public static string Seconds(double? value) => value is { } v ? v.ToString("F1", CultureInfo.InvariantCulture) + " s" : "never";
}
