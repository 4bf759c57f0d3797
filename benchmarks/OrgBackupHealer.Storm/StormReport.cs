using System.Globalization;
using System.Text;

namespace OrgBackupHealer.Storm;

/// <summary>The markdown table docs/performance.md quotes: the issue's goals, the direct path (before) and the buffered path (after).</summary>
internal static class StormReport
{
    public static string Render(StormOptions options, string machine, string command, PathResult? direct, PathResult? buffered)
    {
        var text = new StringBuilder();
        Line(text, $"Storm: {options.Events:N0} error signals from {options.Accounts} accounts over {options.Seconds} s, the managed policy detached at the start; batching window {options.WindowSeconds} s, MaximumConcurrency {options.MaximumConcurrency}, reserved concurrency 1, visibility timeout {options.VisibilitySeconds} s, maxReceiveCount {options.MaxReceives}, {options.ThrottleRetries} retries of a throttled batch{(options.MemoryMiB is { } memory ? $", GC heap capped at {memory} MiB" : "")}.");
        Line(text, machine);
        Line(text, $"Command: `{command}`");
        Line(text, "");
        Line(text, "| measure | goal | before: one invocation per event | after: queue, batches |");
        Line(text, "|---|---|---:|---:|");
        Row(text, "Lambda invocations", "≤ 100", direct, buffered, r => $"{r.Invocations:N0}");
        Row(text, "… of them batches / direct", "", direct, buffered, r => $"{r.BatchInvocations:N0} / {r.DirectInvocations:N0}");
        Row(text, "state-table requests", "≤ 100", direct, buffered, r => $"{r.StateTableRequests:N0}");
        Row(text, "reconciles", "≤ 3", direct, buffered, r => $"{r.Reconciles.Count} ({string.Join(", ", r.Reconciles)})");
        Row(text, "Organizations calls", "≤ 20", direct, buffered, r => $"{r.OrganizationsCalls}");
        Row(text, "… per invocation that called", "healthy warm: 3", direct, buffered, r => string.Join(", ", r.OrganizationsCallsPerInvocation));
        Row(text, "policy reattached after the first event", "≤ 30 s", direct, buffered, r => PathResult.Seconds(r.TimeToRepairSeconds));
        Row(text, "drift (DetachPolicy at 70 %): send → reattached", "direct path kept", direct, buffered, r => PathResult.Seconds(r.DriftRepairSeconds));
        Row(text, "events by outcome", "all accounted for", direct, buffered, r => string.Join(", ", r.EventsByOutcome.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value:N0}")));
        Row(text, "events sent / accounted / dead-lettered / left", "none lost", direct, buffered, r => $"{r.EventsSent:N0} / {r.EventsAccounted:N0} / {r.DeadLettered} / {r.Left}");
        Row(text, "throttled batch invokes / retries / batches returned", "", direct, buffered, r => $"{r.Mapping["throttledInvokes"]} / {r.Mapping["throttleRetries"]} / {r.Mapping["batchesReturnedToQueue"]}");
        Row(text, "largest batch (records)", "", direct, buffered, r => $"{r.Mapping["largestBatch"]}");
        Row(text, "last event → last answer (s)", "", direct, buffered, r => (r.WallClockSeconds - r.StormSeconds).ToString("F1", CultureInfo.InvariantCulture));
        Row(text, "function peak RSS (MiB)", "", direct, buffered, r => r.PeakRssMiB.ToString("F1", CultureInfo.InvariantCulture));
        return text.ToString();
    }

    private static void Row(StringBuilder text, string measure, string goal, PathResult? direct, PathResult? buffered, Func<PathResult, string> value) =>
        Line(text, $"| {measure} | {goal} | {(direct is null ? "not run" : value(direct))} | {(buffered is null ? "not run" : value(buffered))} |");

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
