using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Coverage;

/// <summary>
/// The organization as the coverage check walks it: every OU and account with its parent, read breadth-first from the
/// root with ListOrganizationalUnitsForParent and ListAccountsForParent (two listings per parent).
/// </summary>
internal sealed class OrganizationTree(string rootId)
{
    private readonly Dictionary<string, (string? Parent, string Name)> _nodes = new(StringComparer.Ordinal) { [rootId] = (null, "Root") };
    private readonly List<OrganizationNode> _accounts = [];

    public string RootId => rootId;

    public IReadOnlyList<OrganizationNode> Accounts => _accounts;

    /// <summary>Parents listed so far and parents known but not listed yet (when the budget ran out).</summary>
    public (int Listed, int Pending) Progress { get; private set; }

    public async Task WalkAsync(IOrganizationsPort organizations, Action countCall, CancellationToken cancellationToken)
    {
        var pending = new Queue<string>([rootId]);
        var listed = 0;
        string? listing = null;
        try
        {
            while (pending.TryDequeue(out var parent))
            {
                listing = parent;
                countCall();
                var ous = await organizations.ListOrganizationalUnitsForParentAsync(parent, cancellationToken).ConfigureAwait(false);
                countCall();
                var accounts = await organizations.ListAccountsForParentAsync(parent, cancellationToken).ConfigureAwait(false);
                foreach (var ou in ous)
                {
                    _nodes[ou.Id] = (parent, ou.Name);
                    pending.Enqueue(ou.Id);
                }

                foreach (var account in accounts)
                {
                    _nodes[account.Id] = (parent, account.Name);
                    _accounts.Add(account);
                }

                listed++;
                listing = null;
            }
        }
        finally
        {
            // A parent whose listing was cut short is not listed: it counts with the ones still waiting.
            Progress = (listed, pending.Count + (listing is null ? 0 : 1));
        }
    }

    /// <summary>The ids from the root down to <paramref name="nodeId"/>, both included.</summary>
    public IReadOnlyList<string> PathTo(string nodeId)
    {
        var path = new List<string>();
        for (string? id = nodeId; id is not null; id = _nodes.TryGetValue(id, out var node) ? node.Parent : null)
        {
            path.Add(id);
        }

        path.Reverse();
        return path;
    }

    /// <summary>"Root/Workloads/Production" for an account in Production: the names of its ancestors.</summary>
    public string OuPathOf(string accountId) => string.Join('/', PathTo(accountId).SkipLast(1).Select(id => _nodes[id].Name));
}
