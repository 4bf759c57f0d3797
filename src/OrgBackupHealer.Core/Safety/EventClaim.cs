namespace OrgBackupHealer.Core.Safety;

/// <summary>The answer to "may this invocation process this event id?" (Powertools idempotency states).</summary>
public enum EventClaim
{
    /// <summary>No live record: this invocation now holds the in-progress lease.</summary>
    Claimed,

    /// <summary>Another invocation holds an unexpired in-progress lease.</summary>
    InProgress,

    /// <summary>The event was already processed.</summary>
    Completed,
}
