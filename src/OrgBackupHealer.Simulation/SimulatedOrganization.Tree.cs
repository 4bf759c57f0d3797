using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Simulation;

/// <summary>The tree listings and Organizations' own verdict on effective policies, as the coverage check reads them.</summary>
public sealed partial class SimulatedOrganization
{
    private readonly Dictionary<string, List<EffectivePolicyValidationError>> _invalidEffectivePolicies = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<OrganizationNode>> ListOrganizationalUnitsForParentAsync(string parentId, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<OrganizationNode>>(OrganizationsOperations.ListOrganizationalUnitsForParent, () =>
        {
            var children = ChildrenLocked(parentId, TargetType.OrganizationalUnit);
            return (children, Pages(children.Count));
        }, cancellationToken);

    public Task<IReadOnlyList<OrganizationNode>> ListAccountsForParentAsync(string parentId, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<OrganizationNode>>(OrganizationsOperations.ListAccountsForParent, () =>
        {
            var children = ChildrenLocked(parentId, TargetType.Account);
            return (children, Pages(children.Count));
        }, cancellationToken);

    /// <summary>An id that is not an account's or an OU's (a root's included) is InvalidInputException; one not in the organization is ChildNotFoundException, as the service model lists.</summary>
    public Task<IReadOnlyList<OrganizationNode>> ListParentsAsync(string childId, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<OrganizationNode>>(OrganizationsOperations.ListParents, () =>
        {
            if (childId is null || !(OrganizationIds.IsAccountId(childId) || OrganizationIds.IsOrganizationalUnitId(childId)))
            {
                throw Error(OrganizationsErrorCodes.InvalidInput, $"INVALID_PATTERN: '{childId}' is not an account or OU id.");
            }

            if (!_entities.TryGetValue(childId, out var child))
            {
                throw Error(OrganizationsErrorCodes.ChildNotFound, $"We can't find an organizational unit (OU) or AWS account with the ChildId that you specified: {childId}.");
            }

            // Only a root has no parent, and a root id never gets here.
            var parent = _entities[child.ParentId!];
            return ([new OrganizationNode(parent.Id, string.Empty, parent.Type)], 1);
        }, cancellationToken);

    public Task<IReadOnlyList<OrganizationNode>> ListAccountsWithInvalidEffectiveBackupPolicyAsync(CancellationToken cancellationToken) =>
        Read<IReadOnlyList<OrganizationNode>>(OrganizationsOperations.ListAccountsWithInvalidEffectivePolicy, () =>
        {
            var accounts = _invalidEffectivePolicies.Keys.Where(_entities.ContainsKey).Select(id => Node(_entities[id])).ToList();
            return (accounts, Pages(accounts.Count));
        }, cancellationToken);

    public Task<EffectivePolicyValidation> ListEffectiveBackupPolicyValidationErrorsAsync(string accountId, CancellationToken cancellationToken) =>
        Read(OrganizationsOperations.ListEffectivePolicyValidationErrors, () =>
        {
            // The service model lists InvalidInputException and AccountNotFoundException for this operation, not TargetNotFoundException.
            if (!OrganizationIds.IsAccountId(accountId))
            {
                throw Error(OrganizationsErrorCodes.InvalidInput, $"{accountId} is not an account id.");
            }

            if (!_entities.TryGetValue(accountId, out var account))
            {
                throw Error(OrganizationsErrorCodes.AccountNotFound, $"You specified an account that doesn't exist: {accountId}.");
            }

            var errors = _invalidEffectivePolicies.GetValueOrDefault(accountId) ?? [];
            return (new EffectivePolicyValidation(accountId, PathOfLocked(account), errors), Pages(errors.Count));
        }, cancellationToken);

    /// <summary>Organizations finds the effective backup policy of <paramref name="accountId"/> invalid, for these reasons (set-up).</summary>
    public void MarkEffectivePolicyInvalid(string accountId, params EffectivePolicyValidationError[] errors)
    {
        lock (_gate)
        {
            RequireTarget(accountId);
            _invalidEffectivePolicies[accountId] = [.. errors];
        }
    }

    /// <summary>A parent that is not a root or OU of the organization (deleted, or an account) is ParentNotFoundException, as the service model lists for both listings.</summary>
    private List<OrganizationNode> ChildrenLocked(string parentId, TargetType type)
    {
        if (parentId is null || !OrganizationIds.IsTargetId(parentId))
        {
            throw Error(OrganizationsErrorCodes.InvalidInput, $"INVALID_PATTERN: '{parentId}' is not a root or OU id.");
        }

        if (!_entities.TryGetValue(parentId, out var parent) || parent.Type == TargetType.Account)
        {
            throw Error(OrganizationsErrorCodes.ParentNotFound, $"We can't find a root or OU with the ParentId that you specified: {parentId}.");
        }

        return [.. _entities.Values.Where(e => e.ParentId == parent.Id && e.Type == type).Select(Node)];
    }

    private string PathOfLocked(SimulatedEntity entity)
    {
        var ids = new List<string>();
        for (var current = entity; current is not null; current = current.ParentId is { } parent ? _entities[parent] : null)
        {
            ids.Add(current.Id);
        }

        ids.Reverse();
        return $"{OrganizationId}/{string.Join('/', ids)}/";
    }

    private static OrganizationNode Node(SimulatedEntity entity) => new(entity.Id, entity.Name, entity.Type);
}
