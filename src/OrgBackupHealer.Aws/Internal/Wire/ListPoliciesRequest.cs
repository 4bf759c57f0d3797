namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record ListPoliciesRequest(string Filter, string? NextToken, int? MaxResults);
