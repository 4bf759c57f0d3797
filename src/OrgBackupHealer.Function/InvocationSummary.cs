namespace OrgBackupHealer.Function;

/// <summary>The response body: what the invocation decided and did.</summary>
/// <param name="Outcome">ignored, healthy, repaired, drift-reported, degraded or failed (a terminal failure, not retried).</param>
/// <param name="IgnoredReason">For ignored events, the EventsIgnored Reason (self, invalid, unrelated, coalesced, duplicate).</param>
/// <param name="Unreachable">Targets the policy could not be attached to, with the reason.</param>
internal sealed record InvocationSummary(
    string Outcome, string Kind, string? Reason, IReadOnlyList<string> Actions, string? IgnoredReason = null, IReadOnlyList<string>? Unreachable = null);
