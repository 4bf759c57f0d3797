namespace OrgBackupHealer.Aws.Internal.Wire;

// The shapes of ListRoots and EnablePolicyType. Member names follow the service model exactly (a test checks them).

internal sealed record ListRootsRequest(string? NextToken, int? MaxResults);

internal sealed record ListRootsResponse(List<WireRoot>? Roots, string? NextToken);

internal sealed record EnablePolicyTypeRequest(string RootId, string PolicyType);

internal sealed record EnablePolicyTypeResponse(WireRoot? Root);

internal sealed record WireRoot(string? Id, string? Arn, string? Name, List<WirePolicyTypeSummary>? PolicyTypes);

/// <summary>Type and Status stay strings on the wire: the model may add values the healer does not know.</summary>
internal sealed record WirePolicyTypeSummary(string? Type, string? Status);
