namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record ListTargetsForPolicyResponse(List<WirePolicyTargetSummary>? Targets, string? NextToken);
