namespace OrgBackupHealer.Aws.Internal.Wire;

/// <summary>Only PolicyId and Content are sent: the healer never renames or re-describes a policy.</summary>
internal sealed record UpdatePolicyRequest(string PolicyId, string Content);
