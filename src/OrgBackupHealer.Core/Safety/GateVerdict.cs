namespace OrgBackupHealer.Core.Safety;

public enum GateVerdict
{
    /// <summary>Reconcile in the configured mode.</summary>
    Run,

    /// <summary>Reconcile in report mode: the flap guard tripped, so writes are suspended.</summary>
    RunWritesSuspended,

    /// <summary>This event id was already processed, or is being processed by another invocation.</summary>
    SkipDuplicate,

    /// <summary>An error signal shortly after a reconcile that settled the organization.</summary>
    SkipCoalesced,
}
