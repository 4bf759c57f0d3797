namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record CreatePolicyResponse(WirePolicy? Policy);
