using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Pipeline;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Function;

/// <summary>The response body: what the invocation decided and did.</summary>
/// <param name="Outcome">ignored, healthy, repaired, drift-reported, degraded or failed (a terminal failure, not retried).</param>
/// <param name="IgnoredReason">For ignored events, the EventsIgnored Reason (self, invalid, unrelated, coalesced, duplicate).</param>
/// <param name="Unreachable">Targets the policy could not be attached to, with the reason.</param>
internal sealed record InvocationSummary(
    string Outcome, string Kind, string? Reason, IReadOnlyList<string> Actions, string? IgnoredReason = null, IReadOnlyList<string>? Unreachable = null)
{
    public static InvocationSummary Of(EventOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var c = outcome.Classification;
        if (outcome.Failure is { } failure)
        {
            return new("failed", c.Kind.ToString(), failure.Message, [.. failure.Applied.Select(HandlerLogFields.Describe)]);
        }

        if (outcome.Result is not { } result)
        {
            var reason = outcome.IgnoredReason.GetValueOrDefault(Core.Safety.IgnoreReason.Invalid).MetricValue();
            return new("ignored", c.Kind.ToString(), outcome.IgnoredWhy, [], reason);
        }

        var actions = result.Mode == HealerMode.Enforce ? result.Applied.Select(HandlerLogFields.Describe) : result.Plan.Select(HandlerLogFields.Describe);
        var unreachable = result.UnreachableTargets.Count == 0 ? null : result.UnreachableTargets.Select(HandlerLogFields.Describe).ToList();
        return new(HandlerLogFields.OutcomeName(result.Outcome), c.Kind.ToString(), c.Reason, [.. actions], Unreachable: unreachable);
    }
}
