using OrgBackupHealer.Aws.Internal;
using OrgBackupHealer.Aws.Internal.Wire;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws;

/// <summary>
/// The healer's port over the real AWS Organizations API (JSON 1.1, SigV4). One attempt per call, bounded by the
/// request timeout: hosts put the core's RetryingOrganizationsPort around it, the same retry policy the tests of
/// the simulation exercise. Build it with <see cref="OrganizationsClientFactory"/>.
/// </summary>
public sealed class OrganizationsClient : IOrganizationsPort, IDisposable
{
    private readonly HttpClient _http;
    private readonly AwsJsonTransport _transport;
    private readonly int? _pageSize;

    internal OrganizationsClient(HttpClient http, AwsJsonTransport transport, int? pageSize)
    {
        _http = http;
        _transport = transport;
        _pageSize = pageSize;
    }

    /// <summary>The endpoint requests go to (from AWS_ENDPOINT_URL_ORGANIZATIONS, AWS_ENDPOINT_URL or the default).</summary>
    public Uri Endpoint => _transport.Endpoint;

    public Task<IReadOnlyList<OrganizationRoot>> ListRootsAsync(CancellationToken cancellationToken) =>
        ReadAllAsync(
            WireOperations.ListRoots,
            token => new ListRootsRequest(token, _pageSize),
            page => page.Roots?.Select(WireMapper.ToRoot),
            page => page.NextToken,
            cancellationToken);

    public Task<IReadOnlyList<PolicySummary>> ListBackupPoliciesAsync(CancellationToken cancellationToken) =>
        ReadAllAsync(
            WireOperations.ListPolicies,
            token => new ListPoliciesRequest(PolicyTypes.BackupPolicy, token, _pageSize),
            page => page.Policies?.Select(p => WireMapper.ToSummary(p, WireOperations.ListPolicies.Name)),
            page => page.NextToken,
            cancellationToken);

    public async Task<Policy> DescribePolicyAsync(string policyId, CancellationToken cancellationToken)
    {
        var response = await _transport.SendAsync(WireOperations.DescribePolicy, new DescribePolicyRequest(policyId), cancellationToken).ConfigureAwait(false);
        return WireMapper.ToPolicy(response.Policy, WireOperations.DescribePolicy.Name);
    }

    public async Task<IReadOnlyDictionary<string, string>> ListPolicyTagsAsync(string policyId, CancellationToken cancellationToken)
    {
        var tags = await ReadAllAsync(
            WireOperations.ListTagsForResource,
            token => new ListTagsForResourceRequest(policyId, token),
            page => page.Tags,
            page => page.NextToken,
            cancellationToken).ConfigureAwait(false);
        return tags.Where(t => t.Key is not null).DistinctBy(t => t.Key, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.Value ?? string.Empty, StringComparer.Ordinal);
    }

    public Task<IReadOnlyList<PolicyTarget>> ListTargetsForPolicyAsync(string policyId, CancellationToken cancellationToken) =>
        ReadAllAsync(
            WireOperations.ListTargetsForPolicy,
            token => new ListTargetsForPolicyRequest(policyId, token, _pageSize),
            page => page.Targets?.Select(WireMapper.ToTarget),
            page => page.NextToken,
            cancellationToken);

    public async Task<bool> TargetExistsAsync(string targetId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targetId);
        try
        {
            if (targetId.StartsWith("ou-", StringComparison.Ordinal))
            {
                var ou = await _transport.SendAsync(
                    WireOperations.DescribeOrganizationalUnit, new DescribeOrganizationalUnitRequest(targetId), cancellationToken).ConfigureAwait(false);
                return ou.OrganizationalUnit is not null;
            }

            var account = await _transport.SendAsync(WireOperations.DescribeAccount, new DescribeAccountRequest(targetId), cancellationToken).ConfigureAwait(false);
            return account.Account is not null;
        }
        catch (OrganizationsException e) when (e.ErrorCode is OrganizationsErrorCodes.OrganizationalUnitNotFound or OrganizationsErrorCodes.AccountNotFound)
        {
            return false;
        }
    }

    public Task<IReadOnlyList<OrganizationNode>> ListOrganizationalUnitsForParentAsync(string parentId, CancellationToken cancellationToken) =>
        ReadAllAsync(
            WireOperations.ListOrganizationalUnitsForParent,
            token => new ListOrganizationalUnitsForParentRequest(parentId, token, _pageSize),
            page => page.OrganizationalUnits?.Select(ou => WireMapper.ToNode(ou.Id, ou.Name, TargetType.OrganizationalUnit)),
            page => page.NextToken,
            cancellationToken);

    public Task<IReadOnlyList<OrganizationNode>> ListAccountsForParentAsync(string parentId, CancellationToken cancellationToken) =>
        ReadAllAsync(
            WireOperations.ListAccountsForParent,
            token => new ListAccountsForParentRequest(parentId, token, _pageSize),
            page => page.Accounts?.Select(a => WireMapper.ToNode(a.Id, a.Name, TargetType.Account)),
            page => page.NextToken,
            cancellationToken);

    public Task<IReadOnlyList<OrganizationNode>> ListParentsAsync(string childId, CancellationToken cancellationToken) =>
        ReadAllAsync(
            WireOperations.ListParents,
            token => new ListParentsRequest(childId, token, _pageSize),
            page => page.Parents?.Select(WireMapper.ToParent),
            page => page.NextToken,
            cancellationToken);

    public Task<IReadOnlyList<OrganizationNode>> ListAccountsWithInvalidEffectiveBackupPolicyAsync(CancellationToken cancellationToken) =>
        ReadAllAsync(
            WireOperations.ListAccountsWithInvalidEffectivePolicy,
            token => new ListAccountsWithInvalidEffectivePolicyRequest(PolicyTypes.BackupPolicy, token, _pageSize),
            page => page.Accounts?.Select(a => WireMapper.ToNode(a.Id, a.Name, TargetType.Account)),
            page => page.NextToken,
            cancellationToken);

    public async Task<EffectivePolicyValidation> ListEffectiveBackupPolicyValidationErrorsAsync(string accountId, CancellationToken cancellationToken)
    {
        string? path = null;
        var errors = await Paginator.ReadAllAsync(
            WireOperations.ListEffectivePolicyValidationErrors.Name,
            async (token, ct) =>
            {
                var page = await _transport.SendAsync(
                    WireOperations.ListEffectivePolicyValidationErrors,
                    new ListEffectivePolicyValidationErrorsRequest(accountId, PolicyTypes.BackupPolicy, token, _pageSize),
                    ct).ConfigureAwait(false);
                path ??= page.Path;
                return page;
            },
            page => page.EffectivePolicyValidationErrors?.Select(e => new EffectivePolicyValidationError(e.ErrorCode, e.ErrorMessage, e.PathToError, e.ContributingPolicies ?? [])),
            page => page.NextToken,
            cancellationToken).ConfigureAwait(false);
        return new EffectivePolicyValidation(accountId, path, errors);
    }

    public async Task<OrganizationRoot> EnableBackupPolicyTypeAsync(string rootId, CancellationToken cancellationToken)
    {
        var response = await _transport.SendAsync(
            WireOperations.EnablePolicyType, new EnablePolicyTypeRequest(rootId, PolicyTypes.BackupPolicy), cancellationToken).ConfigureAwait(false);
        return WireMapper.ToRoot(response.Root ?? throw WireMapper.Invalid("EnablePolicyType answered without a Root."));
    }

    public async Task<PolicySummary> CreateBackupPolicyAsync(NewPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var tags = policy.Tags.Count == 0 ? null : policy.Tags.Select(t => new WireTag(t.Key, t.Value)).ToList();
        var request = new CreatePolicyRequest(policy.Content, policy.Description, policy.Name, PolicyTypes.BackupPolicy, tags);
        var response = await _transport.SendAsync(WireOperations.CreatePolicy, request, cancellationToken).ConfigureAwait(false);
        return WireMapper.ToSummary(response.Policy?.PolicySummary, WireOperations.CreatePolicy.Name);
    }

    public async Task<PolicySummary> UpdateManagedPolicyAsync(ManagedPolicyId policy, PolicyUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(update);
        var request = new UpdatePolicyRequest(policy.Value, update.Name, update.Description, update.Content);
        var response = await _transport.SendAsync(WireOperations.UpdatePolicy, request, cancellationToken).ConfigureAwait(false);
        return WireMapper.ToSummary(response.Policy?.PolicySummary, WireOperations.UpdatePolicy.Name);
    }

    public Task AttachManagedPolicyAsync(ManagedPolicyId policy, string targetId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return _transport.SendAsync(WireOperations.AttachPolicy, new AttachPolicyRequest(policy.Value, targetId), cancellationToken);
    }

    public Task TagManagedPolicyAsync(ManagedPolicyId policy, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(tags);
        var request = new TagResourceRequest(policy.Value, [.. tags.Select(t => new WireTag(t.Key, t.Value))]);
        return _transport.SendAsync(WireOperations.TagResource, request, cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Every page of a paginated List operation, one request per page through the transport.</summary>
    private Task<IReadOnlyList<TItem>> ReadAllAsync<TRequest, TResponse, TItem>(
        WireOperation<TRequest, TResponse> operation,
        Func<string?, TRequest> request,
        Func<TResponse, IEnumerable<TItem>?> items,
        Func<TResponse, string?> nextToken,
        CancellationToken cancellationToken) =>
        Paginator.ReadAllAsync(
            operation.Name, (token, ct) => _transport.SendAsync(operation, request(token), ct), items, nextToken, cancellationToken);
}
