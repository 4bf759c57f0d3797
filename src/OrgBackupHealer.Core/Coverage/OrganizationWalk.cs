using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Coverage;

/// <summary>
/// The organization walked depth first, each parent's OUs in id order, one parent (the root or an OU) at a time: its
/// OUs and accounts listed (two listings), its accounts judged by the caller, then <see cref="Complete"/>. Because the
/// order depends only on ids, a walk cut short resumes from the path of the next parent (<see cref="Next"/>): the
/// resumed walk lists the OUs of that path's ancestors again (one listing each) to know which siblings come after it,
/// and skips everything before it without listing it.
/// </summary>
internal sealed class OrganizationWalk(IOrganizationsPort organizations, string rootId, Action countCall)
{
    /// <summary>Parents still to list, the next on top; each is its path from the root (the root itself: empty).</summary>
    private readonly Stack<IReadOnlyList<CoverageStep>> _pending = new();
    private bool _started;

    public string RootId => rootId;

    /// <summary>The walk began a new cycle at the root (nothing to resume, or the place to resume no longer exists).</summary>
    public bool StartedAtRoot { get; private set; }

    /// <summary>An OU on the path to resume from was gone (deleted or moved), so the walk began again at the root.</summary>
    public bool ResumeLost { get; private set; }

    public int ParentsListed { get; private set; }

    public bool Finished => _started && _pending.Count == 0;

    /// <summary>Where the next walk resumes: the next parent's path, or empty when this walk finished.</summary>
    public IReadOnlyList<CoverageStep> Next => _pending.TryPeek(out var next) ? next : [];

    public async Task StartAsync(IReadOnlyList<CoverageStep> resume, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resume);
        if (resume.Count > 0)
        {
            try
            {
                await ResumeAsync(resume, cancellationToken).ConfigureAwait(false);
                _started = true;
                return;
            }
            catch (OrganizationsException e) when (IsGone(e))
            {
                _pending.Clear();
                ResumeLost = true;
            }
        }

        _pending.Push([]);
        StartedAtRoot = true;
        _started = true;
    }

    /// <returns>The next parent, its OUs and its accounts; null when the walk is finished. It stays next until <see cref="Complete"/>.</returns>
    public async Task<WalkedParent?> ListNextAsync(CancellationToken cancellationToken)
    {
        if (!_pending.TryPeek(out var steps))
        {
            return null;
        }

        var parentId = steps.Count == 0 ? rootId : steps[^1].Id;
        try
        {
            countCall();
            var ous = await organizations.ListOrganizationalUnitsForParentAsync(parentId, cancellationToken).ConfigureAwait(false);
            countCall();
            var accounts = await organizations.ListAccountsForParentAsync(parentId, cancellationToken).ConfigureAwait(false);
            return new WalkedParent(rootId, steps, ous, [.. accounts.OrderBy(a => a.Id, StringComparer.Ordinal)]);
        }
        catch (OrganizationsException e) when (IsGone(e))
        {
            // Deleted or moved since it was listed: nothing under it to judge here.
            return new WalkedParent(rootId, steps, [], []);
        }
    }

    /// <summary>The parent's accounts are judged: its OUs come next, in id order.</summary>
    public void Complete(WalkedParent parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        _pending.Pop();
        ParentsListed++;
        foreach (var ou in parent.OrganizationalUnits.OrderByDescending(o => o.Id, StringComparer.Ordinal))
        {
            _pending.Push([.. parent.Steps, new CoverageStep(ou.Id, ou.Name)]);
        }
    }

    /// <summary>
    /// The resume point on top; under it, deepest first, the siblings that come after each OU on its path: what a walk
    /// from the root would still have had to visit when it got there.
    /// </summary>
    private async Task ResumeAsync(IReadOnlyList<CoverageStep> resume, CancellationToken cancellationToken)
    {
        for (var depth = 0; depth < resume.Count; depth++)
        {
            var parentId = depth == 0 ? rootId : resume[depth - 1].Id;
            countCall();
            var siblings = await organizations.ListOrganizationalUnitsForParentAsync(parentId, cancellationToken).ConfigureAwait(false);
            var above = resume.Take(depth).ToList();
            foreach (var later in siblings.Where(s => string.CompareOrdinal(s.Id, resume[depth].Id) > 0).OrderByDescending(s => s.Id, StringComparer.Ordinal))
            {
                _pending.Push([.. above, new CoverageStep(later.Id, later.Name)]);
            }
        }

        _pending.Push(resume);
    }

    private static bool IsGone(OrganizationsException e) =>
        e.ErrorCode is OrganizationsErrorCodes.ParentNotFound or OrganizationsErrorCodes.OrganizationalUnitNotFound;
}

/// <summary>One parent as the walk listed it: where it is, its OUs and its accounts (in id order).</summary>
internal sealed record WalkedParent(string RootId, IReadOnlyList<CoverageStep> Steps, IReadOnlyList<OrganizationNode> OrganizationalUnits, IReadOnlyList<OrganizationNode> Accounts)
{
    /// <summary>The ids from the root down to <paramref name="accountId"/>, both included.</summary>
    public IReadOnlyList<string> PathTo(string accountId) => [RootId, .. Steps.Select(s => s.Id), accountId];

    /// <summary>"Root/Workloads/Production" for an account in Production.</summary>
    public string OuPath => string.Join('/', ["Root", .. Steps.Select(s => s.Name)]);
}
