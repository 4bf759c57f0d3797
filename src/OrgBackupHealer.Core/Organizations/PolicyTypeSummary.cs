namespace OrgBackupHealer.Core.Organizations;

/// <summary>One entry of a root's PolicyTypes. Type is the wire value, e.g. BACKUP_POLICY.</summary>
public sealed record PolicyTypeSummary(string Type, PolicyTypeStatus Status);
