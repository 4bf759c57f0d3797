namespace OrgBackupHealer.Core.Desired;

public enum HealerMode
{
    /// <summary>Apply fixes.</summary>
    Enforce,

    /// <summary>Detect and report drift; never write.</summary>
    Report,

    /// <summary>
    /// Detect drift, snapshot, write nothing, and record a proposal a person approves (the Automation runbook, or
    /// <c>orgbackuphealer approve</c>); the approved plan is applied only while the organization is still as observed.
    /// </summary>
    Approve,
}
