namespace OrgBackupHealer.Core.Approvals;

/// <summary>
/// Where proposals are kept (the state table in a deployment). Writes are conditional: a proposal is created only
/// once, closed only while open, and becomes its entry's open one only if the one it replaces still is.
/// </summary>
public interface IProposalStore
{
    Task<Proposal?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>The entry's open proposal, or null.</summary>
    Task<Proposal?> FindOpenAsync(string policy, CancellationToken cancellationToken);

    /// <summary>Every open proposal (expired ones included until the healer or an approval closes them).</summary>
    Task<IReadOnlyList<Proposal>> ListOpenAsync(CancellationToken cancellationToken);

    /// <summary>Records <paramref name="proposal"/> as its entry's open proposal, in place of <paramref name="replacesId"/> (null: the entry has none).</summary>
    /// <exception cref="ProposalConflictException">The entry's open proposal is not <paramref name="replacesId"/> any more.</exception>
    Task OpenAsync(Proposal proposal, string? replacesId, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="closed"/> (not open) over the proposal of its id, only if that one is still open.</summary>
    /// <returns>False when it was no longer open (someone else closed it first).</returns>
    Task<bool> CloseAsync(Proposal closed, CancellationToken cancellationToken);
}
