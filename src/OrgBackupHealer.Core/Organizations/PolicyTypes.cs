namespace OrgBackupHealer.Core.Organizations;

/// <summary>Wire values of the model's PolicyType enum that the healer names.</summary>
public static class PolicyTypes
{
    public const string BackupPolicy = "BACKUP_POLICY";
}
