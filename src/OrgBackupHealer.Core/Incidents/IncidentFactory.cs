using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Incidents;

/// <summary>Turns what a reconcile or a coverage check found into the incidents people hear about. Approve-mode entries are the <see cref="Approvals.ApprovalService"/>'s.</summary>
public static class IncidentFactory
{
    /// <summary>The most accounts one coverage incident lists; the count says how many there were.</summary>
    public const int MaxTargets = 50;

    /// <param name="flapGuardTripped">The gate suspended writes for this reconcile.</param>
    /// <param name="driftActor">The principal of the drift event that ran it, when known.</param>
    public static IReadOnlyList<Incident> FromReconcile(SetReconcileResult result, bool flapGuardTripped, string? driftActor)
    {
        ArgumentNullException.ThrowIfNull(result);
        var incidents = new List<Incident>();
        if (flapGuardTripped)
        {
            incidents.Add(new Incident(IncidentKind.FlapGuardTripped, "The flap guard is tripped: another actor keeps undoing the healer's repairs, so it only reports until the hour has passed or 'orgbackuphealer state reset-flap-guard' clears it.")
            {
                DriftActor = driftActor,
                Changes = [.. result.SharedPlan.Concat(result.Completed.SelectMany(r => r.Plan)).Select(ActionText.Describe)],
                Reason = "FlapGuardTripped",
            });
        }

        var sharedFixes = result.SharedApplied.Where(a => a.Outcome == ActionOutcome.Applied).Select(ActionText.Describe).ToList();
        foreach (var entry in result.Completed)
        {
            incidents.AddRange(FromEntry(entry, result, sharedFixes, driftActor));
        }

        foreach (var failed in result.Entries.Where(e => e.Failure?.Diagnosis.Reason is FailureReasons.OwnershipConflict or FailureReasons.OwnershipLost or FailureReasons.AmbiguousPolicy))
        {
            var failure = failed.Failure!;
            incidents.Add(new Incident(IncidentKind.OwnershipConflict, $"Policy '{failed.Key}' was not written: {failure.Diagnosis.Message}")
            {
                Policy = failed.Key,
                DriftActor = driftActor,
                Reason = failure.Diagnosis.Reason,
                Snapshot = failure.Snapshot?.Location,
            });
        }

        return incidents;
    }

    private static IEnumerable<Incident> FromEntry(ReconcileResult entry, SetReconcileResult result, List<string> sharedFixes, string? driftActor)
    {
        var targets = entry.Observed.DesiredTargetIds;
        var changes = entry.Plan.Select(ActionText.Describe).Concat(ActionText.Diff(entry.Plan)).ToList();
        if (entry.Mode == HealerMode.Enforce && entry.FixesApplied > 0)
        {
            var fixes = entry.Applied.Where(a => a.Outcome == ActionOutcome.Applied).Select(ActionText.Describe).ToList();
            yield return new Incident(IncidentKind.PolicyRepaired, $"Policy '{entry.Key}' was repaired: {fixes.Count + sharedFixes.Count} fix(es) written.")
            {
                Policy = entry.Key,
                Targets = targets,
                Changes = changes,
                DriftActor = driftActor,
                Fixes = [.. sharedFixes, .. fixes],
                Snapshot = entry.Snapshot?.Location ?? result.Snapshot?.Location,
            };
        }
        else if (entry.Mode == HealerMode.Report && entry.DriftFound)
        {
            yield return new Incident(IncidentKind.DriftReported, $"Policy '{entry.Key}' has drifted; it is in report mode, so nothing was written.")
            {
                Policy = entry.Key,
                Targets = targets,
                Changes = changes,
                DriftActor = driftActor,
            };
        }

        if (entry.UnreachableTargets.Count > 0)
        {
            yield return new Incident(IncidentKind.TargetUnreachable, $"Policy '{entry.Key}' cannot be attached to {entry.UnreachableTargets.Count} target(s): {string.Join("; ", entry.UnreachableTargets.Select(u => $"{u.TargetId}: {u.Message}"))}")
            {
                Policy = entry.Key,
                Targets = [.. entry.UnreachableTargets.Select(u => u.TargetId)],
                Reason = string.Join(",", entry.UnreachableTargets.Select(u => u.Reason).Distinct(StringComparer.Ordinal)),
            };
        }
    }

    /// <summary>A gap: accounts without their plans in effect and not exempt. Incomplete: a check that stalled (a budget cut that made progress is not).</summary>
    public static IReadOnlyList<Incident> FromCoverage(CoverageOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var incidents = new List<Incident>();
        var gaps = outcome.Report.Accounts.Where(a => !a.InEffect && !a.Exempt).ToList();
        if (gaps.Count > 0)
        {
            incidents.Add(new Incident(IncidentKind.CoverageGap, $"{gaps.Count} account(s) do not have their backup plans in effect.")
            {
                Targets = [.. gaps.Take(MaxTargets).Select(a => a.AccountId)],
                Changes = [.. gaps.Take(MaxTargets).Select(a => $"{a.AccountId} ({a.AccountName}, {a.OuPath}): {Why(a)}")],
                Reason = "BaselineNotInEffect",
            });
        }

        if (outcome.Incomplete is { } reason && CoverageIncomplete.Stalled(reason))
        {
            incidents.Add(Incomplete(reason, "The coverage check made no progress within its budget: accounts it has not reached are unjudged."));
        }

        return incidents;
    }

    public static Incident Incomplete(string reason, string summary) =>
        new(IncidentKind.CoverageIncomplete, summary) { Reason = reason };

    private static string Why(AccountCoverage account) =>
        account.EffectivePolicyInvalid ? "its effective backup policy is invalid"
        : $"{account.Overrides.Count} key(s) overridden by another policy";
}
