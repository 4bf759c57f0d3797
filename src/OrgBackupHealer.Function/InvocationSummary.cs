using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Pipeline;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Function;

/// <summary>The response body: what the invocation decided and did, for the whole set and entry by entry.</summary>
/// <param name="Outcome">ignored, healthy, repaired, drift-reported, degraded, failed (a terminal failure, not retried) or
/// coverage-checked (an EffectivePolicyValidation event's account, judged).</param>
/// <param name="IgnoredReason">For ignored events, the EventsIgnored Reason (self, invalid, unrelated, coalesced, duplicate).</param>
/// <param name="Unreachable">Targets a policy could not be attached to, with the reason and the entry.</param>
/// <param name="Policies">Each entry of the set: how it ended, what it did, what stopped it.</param>
internal sealed record InvocationSummary(
    string Outcome,
    string Kind,
    string? Reason,
    IReadOnlyList<string> Actions,
    string? IgnoredReason = null,
    IReadOnlyList<string>? Unreachable = null,
    IReadOnlyList<EntrySummary>? Policies = null)
{
    public static InvocationSummary Of(EventOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var c = outcome.Classification;
        if (outcome.Failure is { } failure)
        {
            return new("failed", c.Kind.ToString(), failure.Message, [.. failure.Applied.Select(HandlerLogFields.Describe)]);
        }

        if (outcome.Coverage is { } coverage)
        {
            return new("coverage-checked", c.Kind.ToString(), CoverageLog.Verdict(coverage), []);
        }

        if (outcome.Result is not { } result)
        {
            var reason = outcome.IgnoredReason.GetValueOrDefault(IgnoreReason.Invalid).MetricValue();
            return new("ignored", c.Kind.ToString(), outcome.IgnoredWhy, [], reason);
        }

        var entries = result.Entries.Select(EntrySummary.Of).ToList();
        var unreachable = result.UnreachableTargets.Select(u => HandlerLogFields.Describe(u.Target, u.Policy)).ToList();
        // When every entry stopped, the reason is what stopped them, as the response of a failed invocation always says.
        var why = result.Outcome == ReconcileOutcome.Failed ? string.Join("; ", result.Failures.Select(f => f.Message)) : c.Reason;
        return new(
            HandlerLogFields.OutcomeName(result.Outcome),
            c.Kind.ToString(),
            why,
            [.. result.SharedApplied.Select(HandlerLogFields.Describe), .. entries.SelectMany(e => e.Actions)],
            Unreachable: unreachable.Count == 0 ? null : unreachable,
            Policies: entries);
    }
}

/// <summary>One entry in the response: what it did (enforce) or found (report), or why it stopped.</summary>
internal sealed record EntrySummary(string Policy, string Outcome, IReadOnlyList<string> Actions, string? Error = null, string? ErrorReason = null)
{
    public static EntrySummary Of(EntryOutcome entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Failure is { } failure)
        {
            return new(entry.Key, "failed", [.. failure.Applied.Select(HandlerLogFields.Describe)], failure.Message, failure.Diagnosis.Reason);
        }

        var result = entry.Result!;
        var actions = result.Mode == HealerMode.Enforce ? result.Applied.Select(HandlerLogFields.Describe) : result.Plan.Select(HandlerLogFields.Describe);
        return new(entry.Key, HandlerLogFields.OutcomeName(result.Outcome), [.. actions]);
    }
}
