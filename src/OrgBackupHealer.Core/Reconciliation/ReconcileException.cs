using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// A reconcile that stopped: the message tells an operator what to do, <see cref="Diagnosis"/> whether a retry can
/// help, <see cref="Applied"/> lists the writes that did succeed before the stop and <see cref="Snapshot"/> where
/// the state before them was saved.
/// </summary>
public sealed class ReconcileException : Exception
{
    public ReconcileException(Diagnosis diagnosis, IReadOnlyList<AppliedAction> applied, SnapshotReceipt? snapshot, Exception? innerException)
        : base(diagnosis?.Message, innerException)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        Diagnosis = diagnosis;
        Applied = applied;
        Snapshot = snapshot;
    }

    public Diagnosis Diagnosis { get; }

    public IReadOnlyList<AppliedAction> Applied { get; }

    public SnapshotReceipt? Snapshot { get; }

    public bool IsTerminal => Diagnosis.Kind == FailureKind.Terminal;

    public string? ErrorCode => (InnerException as OrganizationsException)?.ErrorCode;
}
