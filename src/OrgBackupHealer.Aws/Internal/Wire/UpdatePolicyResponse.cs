namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record UpdatePolicyResponse(WirePolicy? Policy);
