namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record DescribePolicyRequest(string PolicyId);
