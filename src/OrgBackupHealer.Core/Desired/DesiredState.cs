using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Desired;

/// <summary>
/// One entry of the policy set: what one managed policy should look like and where it belongs. <see cref="TargetIds"/>
/// holds root, OU or account ids; the literal <see cref="RootTarget"/> stands for the organization's root, resolved at
/// observation time. <see cref="Identity"/> is the owner and key its tags carry.
/// </summary>
public sealed record DesiredState(
    string PolicyName,
    string Description,
    PolicyDocument Document,
    IReadOnlyList<string> TargetIds,
    HealerMode Mode,
    PolicyIdentity Identity)
{
    public const string RootTarget = "root";

    /// <summary>The entry's stable id: its metric dimension, its tag, the CLI's --policy.</summary>
    public string Key => Identity.Key;

    /// <summary>
    /// A policy id (p-…) the operator declares to be this entry's policy although it lacks the entry's tags, e.g. a
    /// baseline created before the healer was deployed. The healer tags it, renames it to <see cref="PolicyName"/> and
    /// restores its content; a policy tagged by another owner is never taken over.
    /// </summary>
    public string? AdoptPolicyId { get; init; }

    /// <summary>Time-boxed exceptions to this entry in the coverage check.</summary>
    public IReadOnlyList<Exemption> Exemptions { get; init; } = [];

    /// <summary>A desired state with the shared description and the single-policy identity, as the single-policy configuration builds it.</summary>
    public static DesiredState For(string policyName, PolicyDocument document, IReadOnlyList<string> targetIds, HealerMode mode) =>
        new(policyName, HealerDefaults.PolicyDescription, document, targetIds, mode, PolicyIdentity.Default);
}
