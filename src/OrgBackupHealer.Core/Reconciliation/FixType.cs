namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>The metric dimension value for each kind of fix (spec §3).</summary>
public enum FixType
{
    PolicyTypeEnabled,
    PolicyRecreated,
    ContentRestored,
    PolicyReattached,
}
