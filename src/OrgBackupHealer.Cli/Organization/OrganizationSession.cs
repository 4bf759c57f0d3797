using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Organization;

/// <summary>An open organization: the port, where it is reached, and the reconciler settings that suit it.</summary>
internal sealed class OrganizationSession(
    IOrganizationsPort port,
    string endpoint,
    ReconcilerOptions reconcilerOptions,
    bool simulated,
    IDisposable? owned = null) : IDisposable
{
    public const string SimulatedEndpoint = "simulated (--simulate)";

    /// <summary>True for --simulate: snapshots of it are marked, so restore never applies them to a real organization.</summary>
    public bool Simulated { get; } = simulated;

    public IOrganizationsPort Port { get; } = port;

    /// <summary>The Organizations endpoint URL, or <see cref="SimulatedEndpoint"/>.</summary>
    public string Endpoint { get; } = endpoint;

    public ReconcilerOptions ReconcilerOptions { get; } = reconcilerOptions;

    /// <summary>
    /// The one place the CLI composes a reconciler: every command reconciles through this session's port (with the
    /// retry policy around it) and its poll settings; what differs is where metrics and snapshots go.
    /// </summary>
    public Reconciler CreateReconciler(IReconcileMetrics metrics, ISnapshotSink snapshots, TimeProvider time) =>
        new(Port, metrics, snapshots, time, ReconcilerOptions);

    public void Dispose() => owned?.Dispose();
}
