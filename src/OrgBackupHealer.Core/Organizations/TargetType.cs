namespace OrgBackupHealer.Core.Organizations;

/// <summary>The model's TargetType enum: ACCOUNT, ORGANIZATIONAL_UNIT, ROOT.</summary>
public enum TargetType
{
    Account,
    OrganizationalUnit,
    Root,
}
