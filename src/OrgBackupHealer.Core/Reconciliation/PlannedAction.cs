using System.Diagnostics;
using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// One write the reconcile intends to make. <see cref="Target"/> is the root id for EnablePolicyType, the policy
/// name for TagPolicy, CreatePolicy, RenamePolicy and UpdatePolicy, and the target id for AttachPolicy.
/// <see cref="ContentChanges"/> lists, for UpdatePolicy, where the actual content differs from the desired one.
/// <see cref="Policy"/> is the key of the entry the action is for; null for EnablePolicyType, which serves the whole set.
/// </summary>
public sealed record PlannedAction(ActionType Type, string Target, string Reason)
{
    /// <summary>The metric dimension value of an action that serves the whole set.</summary>
    public const string WholeSet = "*";

    public IReadOnlyList<ContentChange> ContentChanges { get; init; } = [];

    public string? Policy { get; init; }

    /// <summary>The Policy metric dimension: the entry key, or <see cref="WholeSet"/>.</summary>
    public string PolicyDimension => Policy ?? WholeSet;

    /// <summary>The metric dimension of this action: the one place an action's kind becomes a FixType.</summary>
    public FixType FixType => Type switch
    {
        ActionType.EnablePolicyType => FixType.PolicyTypeEnabled,
        ActionType.TagPolicy => FixType.PolicyTagged,
        ActionType.CreatePolicy => FixType.PolicyRecreated,
        ActionType.RenamePolicy => FixType.PolicyRenamed,
        ActionType.UpdatePolicy => FixType.ContentRestored,
        ActionType.AttachPolicy => FixType.PolicyReattached,
        _ => throw new UnreachableException(),
    };
}
