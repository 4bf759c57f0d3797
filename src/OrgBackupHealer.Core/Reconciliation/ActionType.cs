namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>The write a planned action makes; names match the Organizations operation.</summary>
public enum ActionType
{
    EnablePolicyType,
    CreatePolicy,
    UpdatePolicy,
    AttachPolicy,
}
