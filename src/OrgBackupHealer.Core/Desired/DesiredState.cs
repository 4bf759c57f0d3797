using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Desired;

/// <summary>
/// What the organization should look like. <see cref="TargetIds"/> holds root, OU or account ids; the literal
/// <see cref="RootTarget"/> stands for the organization's root, resolved at observation time.
/// </summary>
public sealed record DesiredState(
    string PolicyName,
    string Description,
    PolicyDocument Document,
    IReadOnlyList<string> TargetIds,
    HealerMode Mode,
    ManagedTag Tag)
{
    public const string RootTarget = "root";
}
