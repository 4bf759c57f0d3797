using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Organization;

/// <summary>An open organization: the port, how to describe it to the user, and the reconciler settings that suit it.</summary>
internal sealed class OrganizationSession(
    IOrganizationsPort port,
    string description,
    ReconcilerOptions reconcilerOptions,
    bool simulated,
    IDisposable? owned = null) : IDisposable
{
    /// <summary>True for --simulate: snapshots of it are marked, so restore never applies them to a real organization.</summary>
    public bool Simulated { get; } = simulated;

    public IOrganizationsPort Port { get; } = port;

    /// <summary>e.g. "AWS Organizations at https://organizations.us-east-1.amazonaws.com/".</summary>
    public string Description { get; } = description;

    public ReconcilerOptions ReconcilerOptions { get; } = reconcilerOptions;

    public void Dispose() => owned?.Dispose();
}
