using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>Reconcile results as the gate sees them, without running a reconcile.</summary>
internal static class ReconcileResults
{
    private static readonly ObservedState s_observed = new(
        new OrganizationRoot("r-ab12", "arn:aws:organizations::111111111111:root/o-exampleorgid/r-ab12", "Root", []),
        null,
        [],
        ["r-ab12"]);

    public static ReconcileResult FoundHealthy() => new(HealerMode.Enforce, s_observed, [], []);

    public static ReconcileResult Fixed(int fixes)
    {
        var plan = Enumerable.Range(0, fixes)
            .Select(i => new PlannedAction(ActionType.AttachPolicy, $"ou-ab12-{i:D8}", FixType.PolicyReattached, "detached"))
            .ToList();
        return new(HealerMode.Enforce, s_observed, plan, [.. plan.Select(p => new AppliedAction(p, ActionOutcome.Applied))]);
    }

    public static ReconcileResult DriftReported(int drifts)
    {
        var plan = Fixed(drifts).Plan;
        return new(HealerMode.Report, s_observed, plan, []);
    }
}
