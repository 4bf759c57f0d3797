namespace OrgBackupHealer.Cli.Organization;

/// <summary>The four ways people and tools break the backup policy, applied to a simulated organization.</summary>
internal enum PolicyBreak
{
    TypeDisabled,
    PolicyDeleted,
    ContentEdited,
    Detached,
}
