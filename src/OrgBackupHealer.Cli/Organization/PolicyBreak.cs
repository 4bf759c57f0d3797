namespace OrgBackupHealer.Cli.Organization;

/// <summary>The four ways the backup policy breaks (spec §1), applied to a simulated organization.</summary>
internal enum PolicyBreak
{
    TypeDisabled,
    PolicyDeleted,
    ContentEdited,
    Detached,
}
