namespace OrgBackupHealer.Core.Desired;

public enum HealerMode
{
    /// <summary>Apply fixes.</summary>
    Enforce,

    /// <summary>Detect and report drift; never write.</summary>
    Report,
}
