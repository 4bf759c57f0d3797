namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// The AutoFix and DriftDetected metrics' FixType dimension: one per <see cref="ActionType"/>, mapped in
/// <see cref="PlannedAction.FixType"/> and nowhere else.
/// </summary>
public enum FixType
{
    PolicyTypeEnabled,
    PolicyTagged,
    PolicyRecreated,
    PolicyRenamed,
    ContentRestored,
    PolicyReattached,
}
