using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Snapshots;

/// <summary>
/// Whether a snapshot was taken of the organization restore is connected to. Restore checks this after reading the
/// organization and before anything else, so a snapshot of another organization, or of the simulation, is refused
/// before a single write instead of half applied.
/// </summary>
internal static class SnapshotOrigin
{
    /// <summary>Why the snapshot does not belong to the organization observed, or null when it does.</summary>
    public static string? Mismatch(StateSnapshot snapshot, string source, Core.Organizations.OrganizationRoot root, bool connectedToSimulation)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(root);
        if (snapshot.Simulated && !connectedToSimulation)
        {
            return $"{source} is a snapshot of a simulated organization (--simulate, {Describe(snapshot.OrganizationId, snapshot.RootId)}), "
                + $"not of organization {Describe(root.OrganizationId, root.Id)}; nothing was written. Restore from a snapshot taken by heal or the Lambda without --simulate.";
        }

        if (snapshot.OrganizationId is { } organization && root.OrganizationId is { } connected && organization != connected)
        {
            return $"{source} was taken of organization {Describe(organization, snapshot.RootId)}, but these credentials reach organization {Describe(connected, root.Id)}; "
                + "nothing was written. Use credentials (--profile) of the organization the snapshot belongs to, or a snapshot of this one.";
        }

        return snapshot.RootId != root.Id
            ? $"{source} was taken of the organization whose root is {snapshot.RootId}, but these credentials reach root {root.Id}"
                + $"{(root.OrganizationId is null ? "" : $" of organization {root.OrganizationId}")}; nothing was written. Use a snapshot of this organization."
            : null;
    }

    private static string Describe(string? organizationId, string rootId) =>
        organizationId is null ? $"root {rootId}" : $"{organizationId}, root {rootId}";
}
