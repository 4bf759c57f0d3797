namespace OrgBackupHealer.Core.Safety;

/// <summary>Why a reconcile was asked for; decides whether the gate may coalesce it (docs/architecture.md, "How an event flows").</summary>
public enum ReconcileTrigger
{
    /// <summary>An access-denied or throttling error: a symptom, coalesced after a healthy reconcile.</summary>
    ErrorSignal,

    /// <summary>A successful change to the backup policy by someone else: always reconciles.</summary>
    DriftSignal,

    /// <summary>The periodic safety net: always reconciles.</summary>
    Scheduled,
}
