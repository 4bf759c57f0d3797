namespace OrgBackupHealer.Core.Safety;

/// <summary>
/// What the gate decided for one event. When the flap guard tripped, <see cref="HealingRunsInWindow"/> is the count
/// that tripped it and <see cref="OtherActors"/> are who else changed the policy in that window.
/// </summary>
public sealed record GateDecision(
    GateVerdict Verdict,
    string EventId,
    int HealingRunsInWindow,
    IReadOnlyList<DriftActor> OtherActors)
{
    public bool ShouldReconcile => Verdict is GateVerdict.Run or GateVerdict.RunWritesSuspended;

    public bool FlapGuardTripped => Verdict == GateVerdict.RunWritesSuspended;

    /// <summary>The EventsIgnored reason for a skipped event; null when it reconciles.</summary>
    public IgnoreReason? IgnoreReason => Verdict switch
    {
        GateVerdict.SkipDuplicate => Safety.IgnoreReason.Duplicate,
        GateVerdict.SkipCoalesced => Safety.IgnoreReason.Coalesced,
        _ => null,
    };
}

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
