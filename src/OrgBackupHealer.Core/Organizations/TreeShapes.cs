namespace OrgBackupHealer.Core.Organizations;

// Where policies go: the entities of the tree and the policy types enabled on the root.

public sealed record PolicyTarget(string TargetId, string Arn, string Name, TargetType Type);

/// <summary>An OU or an account as the tree listings return it.</summary>
public sealed record OrganizationNode(string Id, string Name, TargetType Type);

/// <summary>One entry of a root's PolicyTypes. Type is the wire value, e.g. BACKUP_POLICY.</summary>
public sealed record PolicyTypeSummary(string Type, PolicyTypeStatus Status);
