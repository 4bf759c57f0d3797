using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// Which exceptions are a reconcile's (or a coverage check's) failure to diagnose, rather than a bug: an error the
/// Organizations port answered (the adapters map their transport failures to one) and the deadline. Everything else
/// propagates as it is.
/// </summary>
internal static class ReconcileFailures
{
    public static bool IsExpected(Exception error) => error is OrganizationsException or OperationCanceledException;
}
