namespace OrgBackupHealer.Function;

/// <summary>The response body: what the invocation decided and did.</summary>
/// <param name="Outcome">ignored, healthy, repaired or drift-reported.</param>
/// <param name="IgnoredReason">For ignored events, the EventsIgnored Reason (self, invalid, unrelated, coalesced, duplicate).</param>
internal sealed record InvocationSummary(string Outcome, string Kind, string? Reason, IReadOnlyList<string> Actions, string? IgnoredReason = null);
