namespace OrgBackupHealer.Core.Organizations;

/// <summary>The model's PolicyTypeStatus enum: ENABLED, PENDING_ENABLE, PENDING_DISABLE.</summary>
public enum PolicyTypeStatus
{
    Enabled,
    PendingEnable,
    PendingDisable,
}
