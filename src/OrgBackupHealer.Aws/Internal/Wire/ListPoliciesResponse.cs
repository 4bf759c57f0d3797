namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record ListPoliciesResponse(List<WirePolicySummary>? Policies, string? NextToken);
