namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record AttachPolicyRequest(string PolicyId, string TargetId);
