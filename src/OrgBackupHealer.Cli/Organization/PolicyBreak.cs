namespace OrgBackupHealer.Cli.Organization;

/// <summary>
/// The ways people and tools break the backup policy, applied to a simulated organization. The first four break the
/// healer's own policy (plan finds them, heal fixes them); <see cref="ChildOverride"/> and
/// <see cref="InvalidEffective"/> leave it alone and break what an account gets from it, which only coverage sees.
/// </summary>
internal enum PolicyBreak
{
    TypeDisabled,
    PolicyDeleted,
    ContentEdited,
    Detached,

    /// <summary>Another team's backup policy on an OU @@assigns other regions over the baseline plan.</summary>
    ChildOverride,

    /// <summary>Organizations reports an account's effective backup policy invalid.</summary>
    InvalidEffective,
}
