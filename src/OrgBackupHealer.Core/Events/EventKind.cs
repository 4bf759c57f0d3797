namespace OrgBackupHealer.Core.Events;

public enum EventKind
{
    /// <summary>An Organizations call failed with access denied or throttling: a symptom, reconcile.</summary>
    ErrorSignal,

    /// <summary>A successful call changed BACKUP_POLICY or the managed policy: always reconcile.</summary>
    DriftSignal,

    /// <summary>The periodic safety net.</summary>
    Scheduled,

    /// <summary>
    /// Organizations found an account's effective backup policy invalid, or valid again (its EffectivePolicyValidation
    /// service event): check that account's coverage at once. Read-only: it never reconciles.
    /// </summary>
    CoverageSignal,

    /// <summary>The healer's own call; reconciling on it would feed a loop.</summary>
    SelfGenerated,

    /// <summary>Well-formed but not about the managed backup policy.</summary>
    Unrelated,

    /// <summary>Not an event the healer can read: not a JSON object, no source or detail-type, a member it reads of the wrong type, a CloudTrail event without its record, too large.</summary>
    Invalid,
}
