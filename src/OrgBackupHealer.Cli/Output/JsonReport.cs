using System.Text.Encodings.Web;
using System.Text.Json;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Output;

/// <summary>Builds the parts of the --output json documents from what a reconcile returned, and prints them.</summary>
internal static class JsonReport
{
    /// <summary>Raised when a field changes meaning or disappears; new fields keep the version (docs/cli-json.md).</summary>
    public const int SchemaVersion = 1;

    /// <summary>The context's options with quotes and '+' left readable ("\"" rather than "\u0022"): stdout is not HTML.</summary>
    private static readonly CliJsonContext s_context = new(new System.Text.Json.JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static OrganizationReport Organization(OrganizationSession session, ObservedState observed) =>
        new(observed.Root.OrganizationId, observed.Root.ManagementAccountId, observed.Root.Id, session.Endpoint, session.Simulated);

    public static IReadOnlyList<ActionReport> Planned(IEnumerable<PlannedAction> plan) => [.. plan.Select(Action)];

    public static IReadOnlyList<ActionReport> Applied(IEnumerable<AppliedAction> applied) =>
        [.. applied.Select(a => Action(a.Action) with { Outcome = a.Outcome.ToString() })];

    public static IReadOnlyList<UnknownTargetReport> Unknown(IEnumerable<UnreachableTarget> targets, string? policy = null) =>
        [.. targets.Select(t => new UnknownTargetReport(t.TargetId, t.Reason, t.Message) { Policy = policy })];

    public static IReadOnlyList<UnknownTargetReport> Unknown(SetReconcileResult result) =>
        [.. result.UnreachableTargets.Select(u => new UnknownTargetReport(u.Target.TargetId, u.Target.Reason, u.Target.Message) { Policy = u.Policy })];

    public static void Write(TextWriter output, CommandReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(report, s_context.CommandReport));
        output.Flush();
    }

    public static void Write(TextWriter output, ProposalsDocument report)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(report, s_context.ProposalsDocument));
        output.Flush();
    }

    public static void Write(TextWriter output, ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(report, s_context.ValidationReport));
        output.Flush();
    }

    public static void Write(TextWriter output, CoverageDocument report)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(report, s_context.CoverageDocument));
        output.Flush();
    }

    public static void Write(TextWriter output, StateDocument report)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(report, s_context.StateDocument));
        output.Flush();
    }

    private static ActionReport Action(PlannedAction action) => new(action.Type.ToString(), action.Target, action.FixType.ToString(), action.Reason)
    {
        Policy = action.PolicyDimension,
        ContentChanges = action.ContentChanges.Count == 0 ? null : [.. action.ContentChanges.Select(c => new ContentChangeReport(c.Path, c.Desired, c.Actual))],
    };
}
