using OrgBackupHealer.Core.Approvals;

namespace OrgBackupHealer.Cli.State;

/// <summary>How proposals read in the terminal.</summary>
internal static class ProposalText
{
    public static void List(TextWriter human, IReadOnlyList<Proposal> open, DateTimeOffset now)
    {
        if (open.Count == 0)
        {
            human.WriteLine("No open proposal.");
            return;
        }

        human.WriteLine($"{open.Count} open proposal(s):");
        foreach (var p in open)
        {
            human.WriteLine($"  {p.Id}  policy {p.Policy}  {p.Actions.Count} action(s)  expires {p.ExpiresAt:u}{(p.ExpiredAt(now) ? " (expired)" : "")}");
        }

        human.WriteLine("Show and approve one: orgbackuphealer approve ID --state-table NAME --policy-set FILE");
    }

    public static void Show(TextWriter human, Proposal p, DateTimeOffset now)
    {
        human.WriteLine($"Proposal {p.Id} for policy '{p.Policy}' ({p.Status.ToString().ToLowerInvariant()}), owner {p.Owner}");
        human.WriteLine($"  planned {p.CreatedAt:u} from {p.Trigger}; expires {p.ExpiresAt:u}{(p.ExpiredAt(now) ? " (expired)" : "")}");
        if (p.DriftActor is { } actor)
        {
            human.WriteLine($"  drift caused by {actor}");
        }

        if (p.Snapshot is { } snapshot)
        {
            human.WriteLine($"  snapshot {snapshot}");
        }

        human.WriteLine("  Plan:");
        foreach (var action in p.Actions)
        {
            human.WriteLine($"    {action}");
        }

        if (p.Diff.Count > 0)
        {
            human.WriteLine("  Content diff:");
            foreach (var line in p.Diff)
            {
                human.WriteLine($"    {line}");
            }
        }
    }
}
