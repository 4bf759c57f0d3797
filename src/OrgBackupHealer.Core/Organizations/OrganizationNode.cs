namespace OrgBackupHealer.Core.Organizations;

/// <summary>An OU or an account as the tree listings return it.</summary>
public sealed record OrganizationNode(string Id, string Name, TargetType Type);
