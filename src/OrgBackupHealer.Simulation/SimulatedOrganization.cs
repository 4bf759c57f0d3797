using System.Text.Json;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Simulation;

/// <summary>
/// An in-memory AWS Organizations organization with the real service's semantics for the operations the healer
/// uses: id and ARN formats, policy-type status including PENDING_ENABLE and PENDING_DISABLE, tags, attachments,
/// OU and account lookups and the model's error
/// names. Thread-safe. Besides the port it offers a set-up/"break" API (what people and other tools do),
/// fault injection, hooks for race tests, call accounting and <see cref="Capture"/>.
/// It does not retry: hosts wrap it in RetryingOrganizationsPort, as they wrap the real client.
/// </summary>
public sealed partial class SimulatedOrganization : IOrganizationsPort
{
    public const string ServiceControlPolicy = "SERVICE_CONTROL_POLICY";
    public const string FullAwsAccessPolicyId = "p-FullAWSAccess";
    private const int MaxBackupPolicyLength = 10_000;

    private readonly Lock _gate = new();
    private readonly SimulationOptions _options;
    private readonly IdGenerator _ids;
    private readonly SimulatedEntity _root;
    private readonly Dictionary<string, SimulatedEntity> _entities = new(StringComparer.Ordinal);
    private readonly List<SimulatedPolicy> _policies = [];
    private readonly Dictionary<string, PolicyTypeStatus> _rootPolicyTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PendingChange> _pending = new(StringComparer.Ordinal);

    /// <summary>A new organization: one root with SERVICE_CONTROL_POLICY enabled and FullAWSAccess attached to it.</summary>
    public SimulatedOrganization(SimulationOptions? options = null)
    {
        _options = options ?? new SimulationOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(_options.PendingEnableReads);
        ArgumentNullException.ThrowIfNull(_options.Clock);
        _ids = new IdGenerator(_options.Seed);
        OrganizationId = _ids.OrganizationId();
        var rootId = _ids.RootId();
        _root = new SimulatedEntity(rootId, $"arn:aws:organizations::{_options.ManagementAccountId}:root/{OrganizationId}/{rootId}", "Root", TargetType.Root, null);
        _entities.Add(rootId, _root);
        _rootPolicyTypes[ServiceControlPolicy] = PolicyTypeStatus.Enabled;
        var fullAccess = new SimulatedPolicy(FullAwsAccessPolicyId, "arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess",
            "FullAWSAccess", ServiceControlPolicy, awsManaged: true)
        {
            Description = "Allows access to every operation",
            Content = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""",
        };
        fullAccess.TargetIds.Add(rootId);
        _policies.Add(fullAccess);
    }

    public string OrganizationId { get; }

    public string RootId => _root.Id;

    public string ManagementAccountId => _options.ManagementAccountId;

    public Task<IReadOnlyList<OrganizationRoot>> ListRootsAsync(CancellationToken cancellationToken) =>
        Read<IReadOnlyList<OrganizationRoot>>(OrganizationsOperations.ListRoots, () =>
        {
            var root = DescribeRoot();
            CountPendingReadLocked();
            return ([root], 1);
        }, cancellationToken);

    public Task<IReadOnlyList<PolicySummary>> ListBackupPoliciesAsync(CancellationToken cancellationToken) =>
        Read<IReadOnlyList<PolicySummary>>(OrganizationsOperations.ListPolicies, () =>
        {
            var list = _policies.Where(p => p.Type == PolicyTypes.BackupPolicy).Select(Summarize).ToList();
            return (list, Pages(list.Count));
        }, cancellationToken);

    public Task<Policy> DescribePolicyAsync(string policyId, CancellationToken cancellationToken) =>
        Read(OrganizationsOperations.DescribePolicy, () =>
        {
            var policy = RequirePolicy(policyId);
            return (new Policy(Summarize(policy), policy.Content), 1);
        }, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> ListPolicyTagsAsync(string policyId, CancellationToken cancellationToken) =>
        Read<IReadOnlyDictionary<string, string>>(OrganizationsOperations.ListTagsForResource, () =>
        {
            var policy = _policies.Find(p => p.Id == policyId)
                ?? throw Error(OrganizationsErrorCodes.TargetNotFound, $"We can't find a resource with the ResourceId that you specified: {policyId}.");
            return (new Dictionary<string, string>(policy.Tags, StringComparer.Ordinal), 1);
        }, cancellationToken);

    public Task<IReadOnlyList<PolicyTarget>> ListTargetsForPolicyAsync(string policyId, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<PolicyTarget>>(OrganizationsOperations.ListTargetsForPolicy, () =>
        {
            var policy = RequirePolicy(policyId);
            var targets = policy.TargetIds.Select(id => _entities[id]).Select(e => new PolicyTarget(e.Id, e.Arn, e.Name, e.Type)).ToList();
            return (targets, Pages(targets.Count));
        }, cancellationToken);

    public Task<bool> TargetExistsAsync(string targetId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targetId);
        var isOu = targetId.StartsWith("ou-", StringComparison.Ordinal);
        return Read(isOu ? OrganizationsOperations.DescribeOrganizationalUnit : OrganizationsOperations.DescribeAccount, () =>
        {
            if (!(isOu ? OrganizationIds.IsOrganizationalUnitId(targetId) : OrganizationIds.IsAccountId(targetId)))
            {
                throw Error(OrganizationsErrorCodes.InvalidInput, $"INVALID_PATTERN: '{targetId}' is not an OU or account id.");
            }

            return (_entities.TryGetValue(targetId, out var entity) && entity.Type == (isOu ? TargetType.OrganizationalUnit : TargetType.Account), 1);
        }, cancellationToken);
    }

    public Task<OrganizationRoot> EnableBackupPolicyTypeAsync(string rootId, CancellationToken cancellationToken) =>
        Write(OrganizationsOperations.EnablePolicyType, $"RootId={rootId}, PolicyType={PolicyTypes.BackupPolicy}", () =>
        {
            RequireRoot(rootId);
            if (_rootPolicyTypes.TryGetValue(PolicyTypes.BackupPolicy, out var status))
            {
                throw status == PolicyTypeStatus.PendingDisable
                    ? Error(OrganizationsErrorCodes.PolicyChangesInProgress, "BACKUP_POLICY is being disabled on the root.")
                    : Error(OrganizationsErrorCodes.PolicyTypeAlreadyEnabled, "The specified policy type is already enabled.");
            }

            BeginEnableLocked(PolicyTypes.BackupPolicy);
            return DescribeRoot();
        }, cancellationToken);

    public Task<PolicySummary> CreateBackupPolicyAsync(NewPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Write(OrganizationsOperations.CreatePolicy, $"Name={policy.Name}, Type={PolicyTypes.BackupPolicy}",
            () => Summarize(AddPolicyLocked(PolicyTypes.BackupPolicy, policy.Name, policy.Content, policy.Description, policy.Tags)), cancellationToken);
    }

    public Task<PolicySummary> UpdateManagedPolicyAsync(ManagedPolicyId policy, PolicyUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(update);
        return Write(OrganizationsOperations.UpdatePolicy, $"PolicyId={policy.Value}", () => Summarize(UpdateLocked(policy.Value, update)), cancellationToken);
    }

    public Task AttachManagedPolicyAsync(ManagedPolicyId policy, string targetId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Write(OrganizationsOperations.AttachPolicy, $"PolicyId={policy.Value}, TargetId={targetId}", () =>
        {
            AttachLocked(policy.Value, targetId);

            // Stryker disable once Boolean : AttachManagedPolicyAsync returns no value; Write wants one, and nobody reads it.
            return true;
        }, cancellationToken);
    }

    public Task TagManagedPolicyAsync(ManagedPolicyId policy, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(tags);
        return Write(OrganizationsOperations.TagResource, $"ResourceId={policy.Value}", () =>
        {
            var target = RequirePolicy(policy.Value);
            foreach (var (key, value) in tags)
            {
                target.Tags[key] = value;
            }

            // Stryker disable once Boolean : TagManagedPolicyAsync returns no value; Write wants one, and nobody reads it.
            return true;
        }, cancellationToken);
    }

    private OrganizationRoot DescribeRoot() => new(
        _root.Id,
        _root.Arn,
        _root.Name,
        _rootPolicyTypes.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new PolicyTypeSummary(t.Key, t.Value)).ToList());

    private int Pages(int items) => Math.Max(1, (items + _options.PageSize - 1) / _options.PageSize);

    private static PolicySummary Summarize(SimulatedPolicy p) => new(p.Id, p.Arn, p.Name, p.Description, p.Type, p.AwsManaged);

    private SimulatedPolicy AddPolicyLocked(string type, string name, string content, string description, IReadOnlyDictionary<string, string>? tags)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 128)
        {
            throw Error(OrganizationsErrorCodes.InvalidInput, "The policy name must be 1 to 128 characters.");
        }

        if (_policies.Any(p => p.Type == type && string.Equals(p.Name, name, StringComparison.Ordinal)))
        {
            throw Error(OrganizationsErrorCodes.DuplicatePolicy, $"A policy with the same name already exists: {name}.");
        }

        CheckContent(type, content);
        var id = _ids.PolicyId();
        var policy = new SimulatedPolicy(id, $"arn:aws:organizations::{_options.ManagementAccountId}:policy/{OrganizationId}/{type.ToLowerInvariant()}/{id}", name, type, awsManaged: false)
        {
            Description = description,
            Content = content,
        };
        foreach (var (key, value) in tags ?? new Dictionary<string, string>())
        {
            policy.Tags[key] = value;
        }

        _policies.Add(policy);
        return policy;
    }

    private void AttachLocked(string policyId, string targetId)
    {
        var policy = RequirePolicy(policyId);
        var target = RequireTarget(targetId);
        if (!_rootPolicyTypes.TryGetValue(policy.Type, out var status) || status != PolicyTypeStatus.Enabled)
        {
            throw Error(OrganizationsErrorCodes.PolicyTypeNotEnabled, $"The policy type {policy.Type} is not enabled on the root.");
        }

        if (policy.TargetIds.Contains(target.Id, StringComparer.Ordinal))
        {
            throw Error(OrganizationsErrorCodes.DuplicatePolicyAttachment, $"The policy {policyId} is already attached to {targetId}.");
        }

        policy.TargetIds.Add(target.Id);
    }

    private SimulatedPolicy UpdateLocked(string policyId, PolicyUpdate update)
    {
        var policy = RequirePolicy(policyId);
        if (policy.AwsManaged)
        {
            throw Error(OrganizationsErrorCodes.AccessDenied, $"You can't modify the AWS managed policy {policyId}.");
        }

        if (update.Name is { } name && name != policy.Name)
        {
            if (string.IsNullOrEmpty(name) || name.Length > 128)
            {
                throw Error(OrganizationsErrorCodes.InvalidInput, "The policy name must be 1 to 128 characters.");
            }

            if (_policies.Any(p => p != policy && p.Type == policy.Type && p.Name == name))
            {
                throw Error(OrganizationsErrorCodes.DuplicatePolicy, $"A policy with the same name already exists: {name}.");
            }
        }

        if (update.Content is { } content)
        {
            CheckContent(policy.Type, content);
            policy.Content = content;
        }

        policy.Name = update.Name ?? policy.Name;
        policy.Description = update.Description ?? policy.Description;
        return policy;
    }

    private static void CheckContent(string type, string content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
        }
        catch (Exception e) when (e is JsonException or ArgumentNullException)
        {
            throw Error(OrganizationsErrorCodes.MalformedPolicyDocument, "The provided policy document does not meet the requirements of the specified policy type.");
        }

        if (type == PolicyTypes.BackupPolicy && content.Length > MaxBackupPolicyLength)
        {
            throw Error(OrganizationsErrorCodes.ConstraintViolation, "POLICY_CONTENT_LIMIT_EXCEEDED: the policy content exceeds the maximum size.");
        }
    }

    private SimulatedPolicy RequirePolicy(string policyId)
    {
        if (policyId is null || !OrganizationIds.IsPolicyId(policyId))
        {
            throw Error(OrganizationsErrorCodes.InvalidInput, $"INVALID_PATTERN: '{policyId}' is not a policy id.");
        }

        return _policies.Find(p => p.Id == policyId)
            ?? throw Error(OrganizationsErrorCodes.PolicyNotFound, $"We can't find a policy with the PolicyId that you specified: {policyId}.");
    }

    private SimulatedEntity RequireTarget(string targetId)
    {
        if (targetId is null || !OrganizationIds.IsTargetId(targetId))
        {
            throw Error(OrganizationsErrorCodes.InvalidInput, $"INVALID_PATTERN: '{targetId}' is not a root, OU or account id.");
        }

        return _entities.TryGetValue(targetId, out var entity)
            ? entity
            : throw Error(OrganizationsErrorCodes.TargetNotFound, $"We can't find a root, OU, account, or policy with the TargetId that you specified: {targetId}.");
    }

    private void RequireRoot(string rootId)
    {
        if (rootId is null || !OrganizationIds.IsRootId(rootId))
        {
            throw Error(OrganizationsErrorCodes.InvalidInput, $"INVALID_PATTERN: '{rootId}' is not a root id.");
        }

        if (rootId != _root.Id)
        {
            throw Error(OrganizationsErrorCodes.RootNotFound, $"We can't find a root with the RootId that you specified: {rootId}.");
        }
    }

    private static OrganizationsException Error(string code, string message) => new(code, message, 400);
}
