namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record ListTargetsForPolicyRequest(string PolicyId, string? NextToken, int? MaxResults);
