using System.Globalization;
using System.Text;

namespace OrgBackupHealer.ColdStart;

/// <summary>The markdown tables docs/performance.md quotes: AOT and JIT side by side with the JIT/AOT ratio.</summary>
internal static class Report
{
    private const double MiB = 1024 * 1024;

    public static string Render(
        HarnessOptions options, string machine, IReadOnlyList<double> motoRoundTripMs, FunctionBuild aot, FunctionBuild jit,
        IReadOnlyList<RunResult> aotRuns, IReadOnlyList<RunResult> jitRuns, StormResult? aotStorm, StormResult? jitStorm)
    {
        var text = new StringBuilder();
        Line(text, $"Cold-start harness, {options.Runs} cold runs per build, {options.WarmInvocations} warm invocations after each, healthy moto organization.");
        Line(text, machine);
        Line(text, $"moto round trip from the harness (ListRoots, {motoRoundTripMs.Count} calls): median {Percentiles.Median(motoRoundTripMs):F1} ms, p90 {Percentiles.P90(motoRoundTripMs):F1} ms.");
        Line(text, "");
        Line(text, "| measure | AOT median | AOT p90 | JIT median | JIT p90 | JIT / AOT (median) |");
        Line(text, "|---|---:|---:|---:|---:|---:|");
        Row(text, "process start → first response (ms)", aotRuns.Select(r => r.FirstResponseMs), jitRuns.Select(r => r.FirstResponseMs), "F1");
        Row(text, "… of which the first reconcile (ms, ReconcileDuration: 4 calls to moto + plan)", aotRuns.Select(r => r.FirstReconcileMs), jitRuns.Select(r => r.FirstReconcileMs), "F1");
        Row(text, "… start → first response without the reconcile (ms)", aotRuns.Select(r => r.FirstResponseMs - r.FirstReconcileMs), jitRuns.Select(r => r.FirstResponseMs - r.FirstReconcileMs), "F1");
        Row(text, "warm invocation (ms)", aotRuns.SelectMany(r => r.WarmMs), jitRuns.SelectMany(r => r.WarmMs), "F2");
        Row(text, "… of which the reconcile (ms)", aotRuns.SelectMany(r => r.WarmReconcileMs), jitRuns.SelectMany(r => r.WarmReconcileMs), "F2");
        Row(text, "peak RSS after cold + warm (MiB)", aotRuns.Select(r => r.PeakRssBytes / MiB), jitRuns.Select(r => r.PeakRssBytes / MiB), "F1");
        Line(text, "");
        Line(text, "| artifact | AOT | JIT | JIT / AOT |");
        Line(text, "|---|---:|---:|---:|");
        Line(text, $"| deployment zip (MiB) | {aot.ZipBytes / MiB:F2} | {jit.ZipBytes / MiB:F2} | {Ratio(jit.ZipBytes, aot.ZipBytes)} |");
        Line(text, $"| bootstrap executable (MiB) | {aot.ExecutableBytes / MiB:F2} | {jit.ExecutableBytes / MiB:F2} (apphost; code in bootstrap.dll + shared runtime) | |");
        if (aotStorm is not null && jitStorm is not null)
        {
            Line(text, "");
            Line(text, $"Storm: {aotStorm.Events} events queued at once (1 scheduled in 10, the rest throttling / access-denied signals), one process each.");
            Line(text, "");
            Line(text, "| storm | AOT | JIT | JIT / AOT |");
            Line(text, "|---|---:|---:|---:|");
            Line(text, $"| peak RSS (MiB) | {aotStorm.PeakRssBytes / MiB:F1} | {jitStorm.PeakRssBytes / MiB:F1} | {Ratio(jitStorm.PeakRssBytes, aotStorm.PeakRssBytes)} |");
            Line(text, $"| start → last response (ms) | {aotStorm.TotalMs:F0} | {jitStorm.TotalMs:F0} | {Ratio(jitStorm.TotalMs, aotStorm.TotalMs)} |");
            Line(text, $"| responses / errors posted | {aotStorm.Responses} / {aotStorm.Errors} | {jitStorm.Responses} / {jitStorm.Errors} | |");
            Line(text, $"| reconciles run | {aotStorm.Reconciles} | {jitStorm.Reconciles} | |");
            Line(text, $"| events skipped (EventsIgnored by Reason) | {Reasons(aotStorm)} | {Reasons(jitStorm)} | |");
        }

        return text.ToString();
    }

    private static string Reasons(StormResult storm) =>
        storm.IgnoredByReason.Count == 0 ? "none" : string.Join(", ", storm.IgnoredByReason.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value}"));

    private static void Row(StringBuilder text, string name, IEnumerable<double> aot, IEnumerable<double> jit, string format)
    {
        var (a, j) = (aot.ToList(), jit.ToList());
        var (aMedian, jMedian) = (Percentiles.Median(a), Percentiles.Median(j));
        Line(text, $"| {name} | {F(aMedian, format)} | {F(Percentiles.P90(a), format)} | {F(jMedian, format)} | {F(Percentiles.P90(j), format)} | {Ratio(jMedian, aMedian)} |");
    }

    private static string Ratio(double numerator, double denominator) =>
        (numerator / denominator).ToString("F1", CultureInfo.InvariantCulture) + "×";

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
