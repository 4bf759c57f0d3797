namespace OrgBackupHealer.Core.Batching;

/// <summary>What became of one record of a batch (docs/architecture.md, "Buffered error signals").</summary>
public enum BatchRecordOutcome
{
    /// <summary>The batch's one reconcile ran on its behalf (whatever that reconcile's result).</summary>
    Reconciled,

    /// <summary>An error signal that happened inside the coalescing window after a settled reconcile.</summary>
    Coalesced,

    /// <summary>An event id this batch, an earlier batch of this execution environment or the state table already holds.</summary>
    Duplicate,

    /// <summary>The healer's own call.</summary>
    SelfGenerated,

    /// <summary>Well-formed, not about the managed backup policy.</summary>
    Unrelated,

    /// <summary>Not an event the healer can read.</summary>
    Invalid,

    /// <summary>The batch's reconcile failed transiently: reported as a batch item failure so the queue delivers it again.</summary>
    Retried,
}
