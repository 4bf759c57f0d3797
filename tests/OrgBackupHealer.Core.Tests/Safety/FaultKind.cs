namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>What goes wrong at one write step of a reconcile in the fault matrix.</summary>
public enum FaultKind
{
    /// <summary>The process dies just before the call is sent.</summary>
    CrashBeforeCall,

    /// <summary>The call succeeds, then the process dies before the healer records the result.</summary>
    CrashAfterCallSucceeded,

    /// <summary>The call is throttled (TooManyRequestsException) several times before it goes through.</summary>
    Throttled,

    /// <summary>The call fails once with ConcurrentModificationException.</summary>
    ConcurrentModification,

    /// <summary>Another invocation runs a whole reconcile, making the same fix, just before this call.</summary>
    RacingInvocation,
}
