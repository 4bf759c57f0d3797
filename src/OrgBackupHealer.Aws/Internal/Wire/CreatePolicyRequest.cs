namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record CreatePolicyRequest(string Content, string Description, string Name, string Type, List<WireTag>? Tags);
