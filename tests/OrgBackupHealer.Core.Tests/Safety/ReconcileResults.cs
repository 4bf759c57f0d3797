using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>Reconcile results and failures as the gate sees them, without running a reconcile.</summary>
internal static class ReconcileResults
{
    private static readonly ObservedState s_observed = new(
        new OrganizationRoot("r-ab12", "arn:aws:organizations::111111111111:root/o-exampleorgid/r-ab12", "Root", []),
        null,
        [],
        ["r-ab12"],
        []);

    public static ReconcileResult FoundHealthy() => new(HealerMode.Enforce, s_observed, [], [], []);

    /// <summary>One healing run that applied <paramref name="fixes"/> fixes.</summary>
    public static ReconcileResult Fixed(int fixes)
    {
        var plan = Attachments(fixes);
        return new(HealerMode.Enforce, s_observed, plan, [.. plan.Select(p => new AppliedAction(p, ActionOutcome.Applied))], []);
    }

    public static ReconcileResult DriftReported(int drifts) => new(HealerMode.Report, s_observed, Attachments(drifts), [], []);

    /// <summary>Everything reachable in place, one target that does not exist.</summary>
    public static ReconcileResult Degraded() =>
        new(HealerMode.Enforce, s_observed, [], [], [new UnreachableTarget("ou-ab12-gone0001", UnreachableReasons.NotFound, "gone")]);

    /// <summary>One entry's result as the set result the gate records.</summary>
    public static SetReconcileResult AsSet(ReconcileResult result) =>
        new(result.Observed.Root, [], [], [new EntryOutcome(result.Key, result, null)], result.Snapshot);

    public static ReconcileException Failure(FailureKind kind, int fixesBefore = 0) => new(
        new Diagnosis(kind, kind == FailureKind.Terminal ? FailureReasons.AccessDenied : FailureReasons.Transient, "failed"),
        Fixed(fixesBefore).Applied,
        null,
        null);

    private static List<PlannedAction> Attachments(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new PlannedAction(ActionType.AttachPolicy, $"ou-ab12-{i:D8}", "detached"))];
}
