using System.Text.Json;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Output;

/// <summary>Builds and prints the --output json object.</summary>
internal static class JsonReport
{
    public static IReadOnlyList<ActionReport> Planned(IEnumerable<PlannedAction> plan) =>
        [.. plan.Select(a => new ActionReport(a.Type.ToString(), a.Target, a.FixType.ToString(), a.Reason))];

    public static IReadOnlyList<ActionReport> Applied(IEnumerable<AppliedAction> applied) =>
        [.. applied.Select(a => new ActionReport(a.Action.Type.ToString(), a.Action.Target, a.Action.FixType.ToString(), a.Action.Reason, a.Outcome.ToString()))];

    public static void Write(TextWriter output, CommandReport report) =>
        output.WriteLine(JsonSerializer.Serialize(report, CliJsonContext.Default.CommandReport));
}
