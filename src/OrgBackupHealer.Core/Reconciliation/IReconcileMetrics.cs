namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>Where the reconcile reports fixes (enforce mode) and drift (report mode).</summary>
public interface IReconcileMetrics
{
    void AutoFix(FixType fixType);

    void DriftDetected(FixType fixType);
}
