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

    /// <summary>
    /// A policy id (p-…) the operator declares to be the managed policy although it lacks the managed tag, e.g. a
    /// baseline created before the healer was deployed. The healer then owns it: it renames it to
    /// <see cref="PolicyName"/> and restores its content.
    /// </summary>
    public string? AdoptPolicyId { get; init; }

    /// <summary>A desired state with the shared description and managed tag, as both hosts build it.</summary>
    public static DesiredState For(string policyName, PolicyDocument document, IReadOnlyList<string> targetIds, HealerMode mode) =>
        new(policyName, HealerDefaults.PolicyDescription, document, targetIds, mode, ManagedTag.Default);
}
