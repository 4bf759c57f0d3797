using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Batching;

/// <summary>
/// The gate's one decision for a batch. <see cref="Decision"/> is null when the batch held nothing to decide (only
/// ignored records and duplicates). <see cref="Claimed"/> are the drift and scheduled signals whose event ids this
/// batch now holds in the state table; <see cref="Duplicates"/> those the table already held.
/// </summary>
public sealed record BatchGateDecision(GateDecision? Decision, IReadOnlyList<GateRequest> Claimed, IReadOnlyList<GateRequest> Duplicates)
{
    public bool ShouldReconcile => Decision?.ShouldReconcile == true;
}
