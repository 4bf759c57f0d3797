using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Inheritance;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Coverage;

/// <summary>
/// One coverage check's reads and what it has found so far, so that a run cut short by its budget still reports
/// everything it did evaluate and names what it did not. An account must have in effect the plans of every entry of
/// the set whose targets reach it, merged as Organizations merges them; an entry's active exemption excuses the
/// account from that entry's plans.
/// </summary>
internal sealed class CoverageRun(IOrganizationsPort organizations, PolicySet set, CoverageOptions options, DateTimeOffset now)
{
    /// <summary>Organizations' quota on OU nesting under the root.</summary>
    private const int MaxOuDepth = 5;

    private readonly Dictionary<string, List<PolicySummary>> _policiesByTarget = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _contentByPolicy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (IReadOnlyList<(BaselineOverride Override, string Path)> Overrides, IReadOnlyList<string> Blocked)> _resultByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _validationByAccount = new(StringComparer.Ordinal);
    private readonly List<AccountCoverage> _evaluated = [];
    private readonly List<string> _unfinished = [];
    private OrganizationWalk? _walk;
    private List<HashSet<string>> _targets = [];
    private HashSet<string> _invalid = new(StringComparer.Ordinal);
    private int _invalidReported;
    private bool _invalidListed;
    private int _countedAccounts;
    private int _countedOverridden;
    private int _calls;
    private IReadOnlyList<CoverageStep> _resume = [];
    private string _phase = "reading the roots";
    private string? _account;

    /// <param name="resume">Where the walk resumes (<see cref="CoverageProgress.Resume"/>); empty starts at the root.</param>
    public async Task ReadAsync(IReadOnlyList<CoverageStep> resume, CancellationToken cancellationToken)
    {
        _resume = resume;
        var root = await ReadRootAsync(cancellationToken).ConfigureAwait(false);
        await ReadAttachmentsAsync(cancellationToken).ConfigureAwait(false);
        await ReadInvalidAsync(invalid => invalid.Take(options.MaxValidationErrorReads), cancellationToken).ConfigureAwait(false);

        _phase = "walking the organization";
        _walk = new OrganizationWalk(organizations, root.Id, Count);
        await _walk.StartAsync(resume, cancellationToken).ConfigureAwait(false);
        while (await _walk.ListNextAsync(cancellationToken).ConfigureAwait(false) is { } parent)
        {
            var judged = new List<AccountCoverage>();
            foreach (var account in parent.Accounts.Where(a => InScope(parent.PathTo(a.Id))))
            {
                var coverage = await EvaluateAsync(account, parent, cancellationToken).ConfigureAwait(false);
                judged.Add(coverage);
                _evaluated.Add(coverage);
            }

            // A parent counts toward the cycle once all of its accounts are judged: a parent cut short is judged again, whole, next time.
            _walk.Complete(parent);
            _countedAccounts += judged.Count;
            _countedOverridden += judged.Count(a => a.Overrides.Count > 0);
        }
    }

    /// <summary>
    /// One account judged as the walk judges it, found from below: its parents up to the root (ListParents; an OU's id
    /// stands for its name), the backup policies attached along that path, and Organizations' verdict on it. An account
    /// under no entry's targets is not judged.
    /// </summary>
    public async Task ReadAccountAsync(string accountId, CancellationToken cancellationToken)
    {
        _account = accountId;
        var root = await ReadRootAsync(cancellationToken).ConfigureAwait(false);
        _phase = "reading the account's parents";
        var steps = new List<CoverageStep>();
        for (var child = accountId; ;)
        {
            Count();
            var parent = (await organizations.ListParentsAsync(child, cancellationToken).ConfigureAwait(false)) is [var only] ? only
                : throw new OrganizationsException(OrganizationsErrorCodes.InvalidResponse, $"ListParents of {child} did not answer with exactly one parent.");
            if (parent.Type == TargetType.Root)
            {
                break;
            }

            // Organizations nests OUs at most five deep: a longer chain is a loop in what the service answered.
            if (steps.Count == MaxOuDepth)
            {
                throw new OrganizationsException(OrganizationsErrorCodes.InvalidResponse, $"ListParents of {accountId} leads through more than {MaxOuDepth} OUs.");
            }

            steps.Insert(0, new CoverageStep(parent.Id, parent.Id));
            child = parent.Id;
        }

        var place = new WalkedParent(root.Id, steps, [], []);
        if (!InScope(place.PathTo(accountId)))
        {
            return;
        }

        await ReadAttachmentsAsync(cancellationToken).ConfigureAwait(false);
        await ReadInvalidAsync(invalid => invalid.Where(a => a.Id == accountId), cancellationToken).ConfigureAwait(false);
        _phase = "judging the account";
        _evaluated.Add(await EvaluateAsync(new OrganizationNode(accountId, accountId, TargetType.Account), place, cancellationToken).ConfigureAwait(false));
    }

    private async Task<OrganizationRoot> ReadRootAsync(CancellationToken cancellationToken)
    {
        Count();
        var root = (await organizations.ListRootsAsync(cancellationToken).ConfigureAwait(false))[0];
        _targets = [.. set.Entries.Select(e => e.TargetIds.Select(t => string.Equals(t, DesiredState.RootTarget, StringComparison.OrdinalIgnoreCase) ? root.Id : t)
            .ToHashSet(StringComparer.Ordinal))];
        return root;
    }

    private async Task ReadAttachmentsAsync(CancellationToken cancellationToken)
    {
        _phase = "reading where backup policies are attached";
        Count();
        foreach (var policy in await organizations.ListBackupPoliciesAsync(cancellationToken).ConfigureAwait(false))
        {
            Count();
            foreach (var target in await organizations.ListTargetsForPolicyAsync(policy.Id, cancellationToken).ConfigureAwait(false))
            {
                (_policiesByTarget.TryGetValue(target.TargetId, out var list) ? list : _policiesByTarget[target.TargetId] = []).Add(policy);
            }
        }
    }

    /// <param name="toRead">The invalid accounts whose validation errors are read (one call each).</param>
    private async Task ReadInvalidAsync(Func<IReadOnlyList<OrganizationNode>, IEnumerable<OrganizationNode>> toRead, CancellationToken cancellationToken)
    {
        _phase = "reading accounts with an invalid effective backup policy";
        Count();
        var invalid = await organizations.ListAccountsWithInvalidEffectiveBackupPolicyAsync(cancellationToken).ConfigureAwait(false);
        _invalid = invalid.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        _invalidReported = invalid.Count;
        _invalidListed = true;
        _phase = "reading validation errors";
        foreach (var account in toRead(invalid))
        {
            Count();
            var validation = await organizations.ListEffectiveBackupPolicyValidationErrorsAsync(account.Id, cancellationToken).ConfigureAwait(false);
            _validationByAccount[account.Id] = [.. validation.Errors.Select(Describe)];
        }
    }

    public void BudgetRanOut(TimeSpan budget)
    {
        var detail = _account is { } account ? $"account {account} was not judged"
            : _walk is { } walk && _phase == "walking the organization"
            ? $"{Plural(_evaluated.Count, "account")} evaluated under {Plural(walk.ParentsListed, "parent")}; stopped before {Describe(walk.Next)}"
            : "no account was evaluated";
        _unfinished.Add($"the check used its {budget.TotalSeconds:0.#} s budget while {_phase}: {detail}");
    }

    public CoverageReport Report() => new(_evaluated, _invalidReported, _calls, _unfinished)
    {
        InvalidAccountsListed = _invalidListed,
        Account = _account,
        Walk = _walk is { } walk
            ? new CoverageWalk(walk.StartedAtRoot, walk.Finished, walk.Next, walk.ParentsListed, _countedAccounts, _countedOverridden) { ResumeLost = walk.ResumeLost }
            : new CoverageWalk(false, false, _resume, 0, 0, 0),
    };

    private bool InScope(IReadOnlyList<string> path) => path.Any(id => _targets.Any(t => t.Contains(id)));

    private async Task<AccountCoverage> EvaluateAsync(OrganizationNode account, WalkedParent parent, CancellationToken cancellationToken)
    {
        var path = parent.PathTo(account.Id);
        var reaching = Enumerable.Range(0, set.Entries.Count).Where(i => path.Any(_targets[i].Contains)).ToList();
        var signature = string.Join('|', path.Select(id => string.Join(',', [id, .. PoliciesAt(id).Select(p => p.Id)])));
        if (!_resultByPath.TryGetValue(signature, out var result))
        {
            var pathTargets = new List<PathTarget>();
            foreach (var id in path)
            {
                var attached = new List<AttachedPolicy>();
                foreach (var policy in PoliciesAt(id))
                {
                    attached.Add(new AttachedPolicy(policy.Id, policy.Name, await ContentOfAsync(policy.Id, cancellationToken).ConfigureAwait(false)));
                }

                pathTargets.Add(new PathTarget(id, attached));
            }

            var comparison = BaselineCoverage.Compare(Expected(path, reaching), EffectivePolicyCalculator.Compute(pathTargets));
            result = (
                [.. comparison.Deviations.Select(d => (new BaselineOverride(d.Path, d.Kind.ToString(), d.ChangedBy?.ToString()), d.Path))],
                // A lock refusing another entry of the set (or the same policy attached twice) is the set working as written, not news.
                [.. comparison.BlockedAttempts.Where(b => !set.Entries.Any(e => e.PolicyName == b.AttemptedBy.PolicyName))
                    .Select(b => $"{b.Path}: {b.Operator} by {b.AttemptedBy} refused ({b.Reason})")]);
            _resultByPath[signature] = result;
        }

        var exemptions = Exemptions(path, reaching);
        var excused = reaching.Where(i => exemptions.Any(x => x.Policy == set.Entries[i].Key && x.State != ExemptionState.Expired)).ToList();
        var overrides = result.Overrides.Where(o => !IsExcused(o.Path, reaching, excused)).Select(o => o.Override).ToList();
        var invalid = _invalid.Contains(account.Id);
        IReadOnlyList<string> errors = !invalid ? []
            : _validationByAccount.TryGetValue(account.Id, out var read) ? read
            : [$"not read this run (at most {options.MaxValidationErrorReads} accounts' validation errors are read per run)"];
        return new AccountCoverage(account.Id, account.Name, parent.OuPath, overrides, errors, invalid, result.Blocked)
        {
            Policies = [.. reaching.Select(i => set.Entries[i].Key)],
            Exemptions = exemptions,
        };
    }

    /// <summary>The plans the entries reaching the account put in effect together: their documents merged where each is attached.</summary>
    private string Expected(IReadOnlyList<string> path, List<int> reaching)
    {
        if (reaching.Count == 1)
        {
            return set.Entries[reaching[0]].Document.Content;
        }

        var levels = path.Select(id => new PathTarget(id, [.. reaching.Where(i => _targets[i].Contains(id))
            .Select(i => new AttachedPolicy(set.Entries[i].Key, set.Entries[i].PolicyName, set.Entries[i].Document.Content))])).ToList();
        return EffectivePolicyCalculator.Compute(levels).Document.ToJsonString();
    }

    /// <summary>A deviation is excused when every entry that defines its plan has an exemption in force for the account.</summary>
    private bool IsExcused(string deviationPath, List<int> reaching, List<int> excused)
    {
        var owners = reaching.Where(i => PlanPaths(i).Any(plan => Inheritance.Internal.KeyPath.IsWithin(deviationPath, plan))).ToList();
        return owners.Count > 0 && owners.All(excused.Contains);
    }

    private IEnumerable<string> PlanPaths(int entry) =>
        (System.Text.Json.Nodes.JsonNode.Parse(set.Entries[entry].Document.Content)?["plans"] as System.Text.Json.Nodes.JsonObject ?? [])
            .Select(plan => Inheritance.Internal.KeyPath.Child(Inheritance.Internal.KeyPath.Child(Inheritance.Internal.KeyPath.Root, "plans"), plan.Key));

    private List<AccountExemption> Exemptions(IReadOnlyList<string> path, List<int> reaching) =>
    [
        .. reaching.SelectMany(i => set.Entries[i].Exemptions
            .Where(x => path.Contains(x.Target, StringComparer.Ordinal))
            .Select(x => new AccountExemption(set.Entries[i].Key, x.Target, x.Owner, x.Reason, x.Expires, x.StateAt(now)))),
    ];

    /// <summary>
    /// Policies on one target in ListPolicies order: Organizations does not expose attachment order, which decides
    /// only between two policies on the same target that both @@assign one key (docs/safety.md, limits).
    /// </summary>
    private List<PolicySummary> PoliciesAt(string targetId) => _policiesByTarget.GetValueOrDefault(targetId) ?? [];

    private async Task<string> ContentOfAsync(string policyId, CancellationToken cancellationToken)
    {
        if (!_contentByPolicy.TryGetValue(policyId, out var content))
        {
            Count();
            content = (await organizations.DescribePolicyAsync(policyId, cancellationToken).ConfigureAwait(false)).Content;
            _contentByPolicy[policyId] = content;
        }

        return content;
    }

    private void Count() => _calls++;

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static string Describe(IReadOnlyList<CoverageStep> at) => string.Join('/', ["Root", .. at.Select(s => $"{s.Name} ({s.Id})")]);

    private static string Describe(EffectivePolicyValidationError e) =>
        $"{e.ErrorCode}: {e.ErrorMessage}" + (e.PathToError is { Length: > 0 } at ? $" at {at}" : "")
        + (e.ContributingPolicyIds.Count > 0 ? $" (policies {string.Join(", ", e.ContributingPolicyIds)})" : "");
}
