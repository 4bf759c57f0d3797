namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>The writes a reconcile can plan, in the order a plan applies them.</summary>
public enum ActionType
{
    /// <summary>EnablePolicyType BACKUP_POLICY on the root.</summary>
    EnablePolicyType,

    /// <summary>TagResource: the entry's owner and key tags on a policy it adopts or upgrades, before any other write to it.</summary>
    TagPolicy,

    /// <summary>CreatePolicy: the managed policy is gone.</summary>
    CreatePolicy,

    /// <summary>UpdatePolicy of the name and description: the managed policy was renamed.</summary>
    RenamePolicy,

    /// <summary>UpdatePolicy of the content: it differs semantically from the desired document.</summary>
    UpdatePolicy,

    /// <summary>AttachPolicy to one desired target.</summary>
    AttachPolicy,
}
