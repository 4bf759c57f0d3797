using OrgBackupHealer.Cli.Commands;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Output;

/// <summary>
/// A whole policy set in the table and JSON reports, entry by entry. A set of one reads exactly as the single-policy
/// reports always have; a larger set gets a section per entry.
/// </summary>
internal static class SetReport
{
    public static void Header(TextWriter output, OrganizationReport organization, OrganizationSettings settings, SetReconcileResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Entries.Count == 1)
        {
            var entry = result.Entries[0];
            var observed = Observed(entry);
            TableReport.Header(output, organization, settings.PolicyReport(entry.Key, observed), observed ?? Placeholder(result, settings));
            return;
        }

        output.WriteLine($"Organization:    {TableReport.OrganizationLine(organization)}");
        output.WriteLine($"BACKUP_POLICY:   {(result.Root.BackupPolicyStatus is { } s ? PolicyTypeStatusNames.ToWire(s) : "not enabled")} on root {result.Root.Id}");
        output.WriteLine($"Policy set:      owner '{settings.Set.Owner}', {result.Entries.Count} entries{(settings.SetPath is { } path ? $" from {path}" : "")}");
        foreach (var entry in result.Entries)
        {
            var policy = settings.PolicyReport(entry.Key, Observed(entry));
            output.WriteLine($"  [{entry.Key}] '{policy.Name}' {policy.Id ?? "(missing)"}, content from {policy.Source}; attached to {TableReport.Describe(Observed(entry)?.Attachments.Select(a => a.TargetId) ?? [])}; desired on {TableReport.Describe(Observed(entry)?.DesiredTargetIds ?? [])}");
        }
    }

    /// <summary>What each entry needs (plan) or what the reconcile found: the root's policy type first, then entry by entry.</summary>
    public static void Plan(TextWriter output, SetReconcileResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Entries.Count == 1)
        {
            TableReport.Plan(output, [.. result.SharedPlan, .. result.Entries[0].Result?.Plan ?? []]);
            PrintFailure(output, result.Entries[0]);
            return;
        }

        if (result.SharedPlan.Count > 0)
        {
            output.WriteLine("For the whole set:");
            TableReport.Plan(output, result.SharedPlan);
        }

        foreach (var entry in result.Entries)
        {
            output.WriteLine($"Policy '{entry.Key}':");
            if (entry.Result is { } r)
            {
                TableReport.Plan(output, r.Plan);
            }

            PrintFailure(output, entry);
        }
    }

    /// <summary>The JSON entries; <paramref name="applied"/> lists each entry's writes instead of its plan.</summary>
    public static IReadOnlyList<EntryReport> Entries(SetReconcileResult result, OrganizationSettings settings, bool applied)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(settings);
        return
        [
            .. result.Entries.Select(entry =>
            {
                var policy = settings.PolicyReport(entry.Key, Observed(entry));
                if (entry.Failure is { } failure)
                {
                    return new EntryReport(entry.Key, policy, ReportStatus.Failed, JsonReport.Applied(failure.Applied), [])
                    {
                        Error = new ErrorReport(failure.Message, failure.IsTerminal ? Failure.TerminalKind : Failure.TransientKind) { Reason = failure.Diagnosis.Reason, Code = failure.ErrorCode },
                    };
                }

                var r = entry.Result!;
                var status = r.UnreachableTargets.Count > 0 ? ReportStatus.UnknownTargets
                    : !r.DriftFound ? ReportStatus.Healthy
                    : applied ? ReportStatus.Repaired
                    : ReportStatus.Drift;
                return new EntryReport(entry.Key, policy, status, applied ? JsonReport.Applied(r.Applied) : JsonReport.Planned(r.Plan), JsonReport.Unknown(r.UnreachableTargets, entry.Key))
                {
                    NameTakenBy = r.Observed.NameTakenBy?.Id,
                };
            }),
        ];
    }

    public static ObservedState? Observed(EntryOutcome entry) => entry?.Result?.Observed;

    /// <summary>The first entry's observation, or one made of the root alone when the first entry failed before it was observed.</summary>
    public static ObservedState FirstObserved(SetReconcileResult result, OrganizationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Completed.Count > 0 ? result.Completed[0].Observed : Placeholder(result, settings);
    }

    private static ObservedState Placeholder(SetReconcileResult result, OrganizationSettings settings) =>
        new(result.Root, null, [], settings.Set.Entries[0].TargetIds, []);

    private static void PrintFailure(TextWriter output, EntryOutcome entry)
    {
        if (entry.Failure is { } failure)
        {
            output.WriteLine($"Stopped: {failure.Message}");
        }

        if (entry.Result?.Observed.NameTakenBy is { } holder)
        {
            output.WriteLine($"Note: the name is held by '{holder.Name}' ({holder.Id}), which is not this entry's policy: the rename is skipped, the other repairs go ahead.");
        }
    }
}
