namespace OrgBackupHealer.Core.Batching;

/// <summary>What became of one record of a batch (docs/architecture.md, "Buffered error signals").</summary>
public enum BatchRecordOutcome
{
    /// <summary>The batch's one reconcile ran on its behalf (whatever that reconcile's result).</summary>
    Reconciled,

    /// <summary>It caused no reconcile, for the <see cref="Safety.IgnoreReason"/> its result names.</summary>
    Ignored,

    /// <summary>The batch's reconcile failed transiently: reported as a batch item failure so the queue delivers it again.</summary>
    Retried,
}
