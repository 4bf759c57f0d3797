using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Simulation;

/// <summary>
/// What people and other tools do to the organization (set-up for tests and the demo, and the "breaks").
/// Not part of the port and never counted as port calls. Errors are the ones the real service would answer.
/// </summary>
public sealed partial class SimulatedOrganization
{
    /// <summary>Creates an OU under <paramref name="parentId"/> (default: the root); FullAWSAccess is attached as AWS does.</summary>
    public string CreateOrganizationalUnit(string name, string? parentId = null)
    {
        lock (_gate)
        {
            var parent = RequireParent(parentId);
            var id = _ids.OrganizationalUnitId(_root.Id);
            AddEntity(new SimulatedEntity(id, $"arn:aws:organizations::{ManagementAccountId}:ou/{OrganizationId}/{id}", name, TargetType.OrganizationalUnit, parent.Id));
            return id;
        }
    }

    /// <summary>Creates an account under <paramref name="parentId"/> (default: the root).</summary>
    /// <param name="accountId">The id it gets, e.g. one a documented event names; a fresh one when null.</param>
    public string CreateAccount(string name, string? parentId = null, string? accountId = null)
    {
        lock (_gate)
        {
            var parent = RequireParent(parentId);
            var id = accountId ?? _ids.AccountId();
            if (!OrganizationIds.IsAccountId(id) || _entities.ContainsKey(id))
            {
                throw Error(OrganizationsErrorCodes.InvalidInput, $"{id} is not a free account id.");
            }

            AddEntity(new SimulatedEntity(id, $"arn:aws:organizations::{ManagementAccountId}:account/{OrganizationId}/{id}", name, TargetType.Account, parent.Id));
            return id;
        }
    }

    /// <summary>Creates a customer-managed policy of any type (allowed while the type is not enabled, as in AWS).</summary>
    public string CreatePolicy(string policyType, string name, string content, string description = "", IReadOnlyDictionary<string, string>? tags = null)
    {
        lock (_gate)
        {
            return AddPolicyLocked(policyType, name, content, description, tags).Id;
        }
    }

    public void AttachPolicy(string policyId, string targetId)
    {
        lock (_gate)
        {
            AttachLocked(policyId, targetId);
        }
    }

    public void DetachPolicy(string policyId, string targetId)
    {
        lock (_gate)
        {
            var policy = RequirePolicy(policyId);
            var target = RequireTarget(targetId);
            if (!policy.TargetIds.Remove(target.Id))
            {
                throw Error("PolicyNotAttachedException", $"The policy {policyId} is not attached to {targetId}.");
            }
        }
    }

    /// <summary>DeletePolicy as a person runs it after detaching the policy everywhere (AWS refuses to delete an attached policy): the policy and its attachments are gone.</summary>
    public void DeletePolicy(string policyId)
    {
        lock (_gate)
        {
            var policy = RequirePolicy(policyId);
            if (policy.AwsManaged)
            {
                throw Error(OrganizationsErrorCodes.AccessDenied, $"You can't delete the AWS managed policy {policyId}.");
            }

            _policies.Remove(policy);
        }
    }

    /// <summary>UpdatePolicy by someone else: replaces the content.</summary>
    public void EditPolicyContent(string policyId, string content)
    {
        lock (_gate)
        {
            var policy = RequirePolicy(policyId);
            CheckContent(policy.Type, content);
            policy.Content = content;
        }
    }

    /// <summary>
    /// DisablePolicyType on the root. Like AWS, this detaches every policy of that type from every entity, at once or,
    /// with <see cref="SimulationOptions.PendingDisableDelay"/>, when the PENDING_DISABLE completes.
    /// </summary>
    public void DisablePolicyType(string policyType)
    {
        // Nothing is settled first: a due enable and a pending one are both disabled alike, and a due disable and a
        // pending one are both refused alike; the next call settles what is due.
        lock (_gate)
        {
            if (!_rootPolicyTypes.TryGetValue(policyType, out var status) || status == PolicyTypeStatus.PendingDisable)
            {
                throw Error(OrganizationsErrorCodes.PolicyTypeNotEnabled, $"The policy type {policyType} is not enabled on the root.");
            }

            BeginDisableLocked(policyType);
        }
    }

    /// <summary>Enables a policy type at once, skipping PENDING_ENABLE (set-up only).</summary>
    public void EnablePolicyTypeImmediately(string policyType)
    {
        lock (_gate)
        {
            _pending.Remove(policyType);
            _rootPolicyTypes[policyType] = PolicyTypeStatus.Enabled;
        }
    }

    /// <summary>UpdatePolicy by someone else: renames the policy (the description stays).</summary>
    public void RenamePolicy(string policyId, string name)
    {
        lock (_gate)
        {
            UpdateLocked(policyId, new PolicyUpdate(Name: name));
        }
    }

    /// <summary>TagResource by someone else (a tag added or overwritten).</summary>
    public void TagPolicy(string policyId, string key, string value)
    {
        lock (_gate)
        {
            RequirePolicy(policyId).Tags[key] = value;
        }
    }

    /// <summary>UntagResource by someone else.</summary>
    public void RemovePolicyTag(string policyId, string key)
    {
        lock (_gate)
        {
            RequirePolicy(policyId).Tags.Remove(key);
        }
    }

    /// <summary>DeleteOrganizationalUnit: the OU must be empty; the policies attached to it are detached, as in AWS.</summary>
    public void DeleteOrganizationalUnit(string ouId)
    {
        lock (_gate)
        {
            var ou = RequireTarget(ouId);
            if (ou.Type != TargetType.OrganizationalUnit)
            {
                throw Error(OrganizationsErrorCodes.InvalidInput, $"{ouId} is not an OU.");
            }

            if (_entities.Values.Any(e => e.ParentId == ou.Id))
            {
                throw Error("OrganizationalUnitNotEmptyException", $"The OU {ouId} still has accounts or OUs in it.");
            }

            RemoveEntityLocked(ou);
        }
    }

    /// <summary>RemoveAccountFromOrganization (or LeaveOrganization): the account and its attachments are gone.</summary>
    public void RemoveAccount(string accountId)
    {
        lock (_gate)
        {
            var account = RequireTarget(accountId);
            if (account.Type != TargetType.Account)
            {
                throw Error(OrganizationsErrorCodes.InvalidInput, $"{accountId} is not an account.");
            }

            RemoveEntityLocked(account);
        }
    }

    /// <summary>The status of <paramref name="policyType"/> on the root, or null when it is not enabled.</summary>
    public PolicyTypeStatus? PolicyTypeStatusOf(string policyType)
    {
        lock (_gate)
        {
            SettlePendingLocked();
            return _rootPolicyTypes.TryGetValue(policyType, out var status) ? status : null;
        }
    }

    /// <summary>The id of the policy with this name and type, or null.</summary>
    public string? FindPolicyId(string name, string policyType = PolicyTypes.BackupPolicy)
    {
        lock (_gate)
        {
            return _policies.Find(p => p.Type == policyType && p.Name == name)?.Id;
        }
    }

    /// <summary>Resolves "root", an OU or account name, or an existing id to the entity's id.</summary>
    public string TargetIdOf(string nameOrId)
    {
        ArgumentNullException.ThrowIfNull(nameOrId);
        lock (_gate)
        {
            if (string.Equals(nameOrId, "root", StringComparison.OrdinalIgnoreCase))
            {
                return _root.Id;
            }

            return _entities.TryGetValue(nameOrId, out var byId)
                ? byId.Id
                : _entities.Values.FirstOrDefault(e => e.Name == nameOrId)?.Id
                    ?? throw new KeyNotFoundException($"No root, OU or account named '{nameOrId}'.");
        }
    }

    /// <summary>An immutable, value-comparable picture of everything in the organization.</summary>
    public OrganizationPicture Capture()
    {
        lock (_gate)
        {
            SettlePendingLocked();
            return new OrganizationPicture(
                _root.Id,
                new EquatableList<string>(_rootPolicyTypes.Select(t => $"{t.Key}={PolicyTypeStatusNames.ToWire(t.Value)}").Order(StringComparer.Ordinal)),
                new EquatableList<string>(_entities.Values.Select(e => $"{e.Id} {e.Type} {e.Name} parent={e.ParentId}").Order(StringComparer.Ordinal)),
                new EquatableList<PolicyPicture>(_policies.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => new PolicyPicture(
                    p.Id, p.Arn, p.Name, p.Type, p.Description, p.Content, p.AwsManaged,
                    new EquatableList<string>(p.TargetIds.Order(StringComparer.Ordinal)),
                    new EquatableList<string>(p.Tags.Select(t => $"{t.Key}={t.Value}").Order(StringComparer.Ordinal))))));
        }
    }

    private SimulatedEntity RequireParent(string? parentId)
    {
        if (parentId is null)
        {
            return _root;
        }

        var parent = RequireTarget(parentId);
        return parent.Type == TargetType.Account
            ? throw Error(OrganizationsErrorCodes.InvalidInput, $"An account cannot be a parent: {parentId}.")
            : parent;
    }

    private void RemoveEntityLocked(SimulatedEntity entity)
    {
        foreach (var policy in _policies)
        {
            policy.TargetIds.Remove(entity.Id);
        }

        _entities.Remove(entity.Id);
    }

    private void AddEntity(SimulatedEntity entity)
    {
        _entities.Add(entity.Id, entity);
        var fullAccess = _policies.Find(p => p.Id == FullAwsAccessPolicyId);
        if (fullAccess is not null && _rootPolicyTypes.ContainsKey(ServiceControlPolicy))
        {
            fullAccess.TargetIds.Add(entity.Id);
        }
    }
}
