namespace OrgBackupHealer.Core.Approvals;

/// <summary>Proposals in memory, with the DynamoDB store's conditions: for tests and a host without a state table.</summary>
public sealed class InMemoryProposalStore : IProposalStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Proposal> _proposals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _open = new(StringComparer.Ordinal);

    public IReadOnlyList<Proposal> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _proposals.Values.OrderBy(p => p.CreatedAt)];
            }
        }
    }

    public Task<Proposal?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_proposals.GetValueOrDefault(id));
        }
    }

    public Task<Proposal?> FindOpenAsync(string policy, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_open.TryGetValue(policy, out var id) && _proposals[id].IsOpen ? _proposals[id] : null);
        }
    }

    public Task<IReadOnlyList<Proposal>> ListOpenAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Proposal>>([.. _proposals.Values.Where(p => p.IsOpen).OrderBy(p => p.CreatedAt)]);
        }
    }

    public Task OpenAsync(Proposal proposal, string? replacesId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        lock (_lock)
        {
            var current = _open.TryGetValue(proposal.Policy, out var id) && _proposals[id].IsOpen ? id : null;
            if (current != replacesId || _proposals.ContainsKey(proposal.Id))
            {
                throw new ProposalConflictException($"the open proposal of '{proposal.Policy}' is {current ?? "none"}, not {replacesId ?? "none"}");
            }

            _proposals[proposal.Id] = proposal;
            _open[proposal.Policy] = proposal.Id;
        }

        return Task.CompletedTask;
    }

    public Task<bool> CloseAsync(Proposal closed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(closed);
        lock (_lock)
        {
            if (!_proposals.TryGetValue(closed.Id, out var stored) || !stored.IsOpen)
            {
                return Task.FromResult(false);
            }

            _proposals[closed.Id] = closed;
            if (_open.GetValueOrDefault(closed.Policy) == closed.Id)
            {
                _open.Remove(closed.Policy);
            }

            return Task.FromResult(true);
        }
    }
}
