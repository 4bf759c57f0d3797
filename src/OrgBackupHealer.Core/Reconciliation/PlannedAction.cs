using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// One write the reconcile intends to make. <see cref="Target"/> is the root id for EnablePolicyType, the policy
/// name for CreatePolicy, RenamePolicy and UpdatePolicy, and the target id for AttachPolicy.
/// <see cref="ContentChanges"/> lists, for UpdatePolicy, where the actual content differs from the desired one.
/// </summary>
public sealed record PlannedAction(ActionType Type, string Target, string Reason)
{
    public IReadOnlyList<ContentChange> ContentChanges { get; init; } = [];

    /// <summary>The metric dimension of this action: the one place an action's kind becomes a FixType.</summary>
    public FixType FixType => Type switch
    {
        ActionType.EnablePolicyType => FixType.PolicyTypeEnabled,
        ActionType.CreatePolicy => FixType.PolicyRecreated,
        ActionType.RenamePolicy => FixType.PolicyRenamed,
        ActionType.UpdatePolicy => FixType.ContentRestored,
        ActionType.AttachPolicy => FixType.PolicyReattached,
        // Stryker disable once String : a message for the developer who added an action type; no operator or caller reads it.
        _ => throw new InvalidOperationException($"No FixType for {Type}."),
    };
}
