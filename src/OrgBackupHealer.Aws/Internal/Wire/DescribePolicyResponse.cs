namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record DescribePolicyResponse(WirePolicy? Policy);
