namespace OrgBackupHealer.Aws.Internal.Wire;

// The shapes of the policy operations. Member names follow the service model exactly (a test checks them).

internal sealed record ListPoliciesRequest(string Filter, string? NextToken, int? MaxResults);

internal sealed record ListPoliciesResponse(List<WirePolicySummary>? Policies, string? NextToken);

internal sealed record DescribePolicyRequest(string PolicyId);

internal sealed record DescribePolicyResponse(WirePolicy? Policy);

internal sealed record CreatePolicyRequest(string Content, string Description, string Name, string Type, List<WireTag>? Tags);

internal sealed record CreatePolicyResponse(WirePolicy? Policy);

/// <summary>Only the members the healer restores are sent; the others stay as the service holds them.</summary>
internal sealed record UpdatePolicyRequest(string PolicyId, string? Name, string? Description, string? Content);

internal sealed record UpdatePolicyResponse(WirePolicy? Policy);

internal sealed record ListTagsForResourceRequest(string ResourceId, string? NextToken);

internal sealed record ListTagsForResourceResponse(List<WireTag>? Tags, string? NextToken);

internal sealed record TagResourceRequest(string ResourceId, List<WireTag> Tags);

internal sealed record WirePolicy(WirePolicySummary? PolicySummary, string? Content);

internal sealed record WirePolicySummary(string? Id, string? Arn, string? Name, string? Description, string? Type, bool? AwsManaged);

internal sealed record WireTag(string Key, string Value);
