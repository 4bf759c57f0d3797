using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// A reconcile that stopped on an error it must not retry (or ran out of time). The message tells an operator
/// what to do; <see cref="Applied"/> lists the writes that did succeed before the stop.
/// </summary>
public sealed class ReconcileException : Exception
{
    public ReconcileException(string message, IReadOnlyList<AppliedAction> applied, Exception innerException)
        : base(message, innerException)
    {
        Applied = applied;
    }

    public IReadOnlyList<AppliedAction> Applied { get; }

    public string? ErrorCode => (InnerException as OrganizationsException)?.ErrorCode;
}
