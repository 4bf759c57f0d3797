using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Inheritance;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Coverage;

/// <summary>
/// One coverage check's reads and what it has found so far, so that a run cut short by its budget still reports
/// everything it did evaluate and names what it did not.
/// </summary>
internal sealed class CoverageRun(IOrganizationsPort organizations, DesiredState desired, CoverageOptions options)
{
    private readonly Dictionary<string, List<PolicySummary>> _policiesByTarget = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _contentByPolicy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (IReadOnlyList<BaselineOverride> Overrides, IReadOnlyList<string> Blocked)> _resultByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _validationByAccount = new(StringComparer.Ordinal);
    private readonly List<AccountCoverage> _evaluated = [];
    private readonly List<string> _unfinished = [];
    private OrganizationTree? _tree;
    private List<OrganizationNode> _inScope = [];
    private HashSet<string> _invalid = new(StringComparer.Ordinal);
    private int _invalidReported;
    private int _calls;
    private string _phase = "reading the roots";

    public async Task ReadAsync(CancellationToken cancellationToken)
    {
        Count();
        var root = (await organizations.ListRootsAsync(cancellationToken).ConfigureAwait(false))[0];
        _phase = "walking the organization tree";
        _tree = new OrganizationTree(root.Id);
        await _tree.WalkAsync(organizations, Count, cancellationToken).ConfigureAwait(false);
        var targets = desired.TargetIds.Select(t => string.Equals(t, DesiredState.RootTarget, StringComparison.OrdinalIgnoreCase) ? root.Id : t)
            .ToHashSet(StringComparer.Ordinal);
        _inScope = [.. _tree.Accounts.Where(a => _tree.PathTo(a.Id).Any(targets.Contains))];

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

        _phase = "reading accounts with an invalid effective backup policy";
        Count();
        var invalid = await organizations.ListAccountsWithInvalidEffectiveBackupPolicyAsync(cancellationToken).ConfigureAwait(false);
        _invalid = invalid.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        _invalidReported = invalid.Count;
        _phase = "reading validation errors";
        foreach (var account in invalid.Take(options.MaxValidationErrorReads))
        {
            Count();
            var validation = await organizations.ListEffectiveBackupPolicyValidationErrorsAsync(account.Id, cancellationToken).ConfigureAwait(false);
            _validationByAccount[account.Id] = [.. validation.Errors.Select(Describe)];
        }

        _phase = "evaluating accounts";
        foreach (var account in _inScope)
        {
            _evaluated.Add(await EvaluateAsync(account, cancellationToken).ConfigureAwait(false));
        }
    }

    public void BudgetRanOut(TimeSpan budget)
    {
        var detail = _phase switch
        {
            "walking the organization tree" when _tree is not null =>
                $"{_tree.Progress.Listed} parents listed, {_tree.Progress.Pending} not: accounts below them were not evaluated",
            "evaluating accounts" => $"{_evaluated.Count} of {_inScope.Count} accounts evaluated",
            _ => "no account was evaluated",
        };
        _unfinished.Add($"the check used its {budget.TotalSeconds:0.#} s budget while {_phase}: {detail}");
    }

    public CoverageReport Report() => new(_evaluated, _invalidReported, _calls, _unfinished);

    private async Task<AccountCoverage> EvaluateAsync(OrganizationNode account, CancellationToken cancellationToken)
    {
        var path = _tree!.PathTo(account.Id);
        // Stryker disable once String : node ids (r-…, ou-…-…, 12 digits) cannot end in "p-…", so a node id followed by policy ids (p-…) reads one way only, with or without the ':'.
        var signature = string.Join('|', path.Select(id => id + ":" + string.Join(',', PoliciesAt(id).Select(p => p.Id))));
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

            var comparison = BaselineCoverage.Compare(desired.Document, EffectivePolicyCalculator.Compute(pathTargets));
            result = (
                [.. comparison.Deviations.Select(d => new BaselineOverride(d.Path, d.Kind.ToString(), d.ChangedBy?.ToString()))],
                [.. comparison.BlockedAttempts.Select(b => $"{b.Path}: {b.Operator} by {b.AttemptedBy} refused ({b.Reason})")]);
            _resultByPath[signature] = result;
        }

        var invalid = _invalid.Contains(account.Id);
        IReadOnlyList<string> errors = !invalid ? []
            : _validationByAccount.TryGetValue(account.Id, out var read) ? read
            : [$"not read this run (at most {options.MaxValidationErrorReads} accounts' validation errors are read per run)"];
        return new AccountCoverage(account.Id, account.Name, _tree.OuPathOf(account.Id), result.Overrides, errors, invalid, result.Blocked);
    }

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

    private static string Describe(EffectivePolicyValidationError e) =>
        $"{e.ErrorCode}: {e.ErrorMessage}" + (e.PathToError is { Length: > 0 } at ? $" at {at}" : "")
        + (e.ContributingPolicyIds.Count > 0 ? $" (policies {string.Join(", ", e.ContributingPolicyIds)})" : "");
}
