using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Function.Tests;

/// <summary>
/// A minimal in-memory organization that counts writes: one root, BACKUP_POLICY enabled, the managed policy
/// p-abcd1234 with the shipped content, attached to the root unless <see cref="Detach"/> was called.
/// </summary>
internal sealed class RecordingOrganization : IOrganizationsPort
{
    public const string RootId = "r-ab12";
    public const string PolicyId = "p-abcd1234";

    private readonly HashSet<string> _attachments = [RootId];
    private readonly PolicySummary _summary;
    private string _content;

    public RecordingOrganization(string content, string policyName = "org-backup-baseline")
    {
        _content = content;
        _summary = new PolicySummary(PolicyId, "arn:aws:organizations::111111111111:policy/o-a1b2c3d4e5/backup_policy/" + PolicyId, policyName, "d", PolicyTypes.BackupPolicy, false);
    }

    public int Writes { get; private set; }

    public int Reads { get; private set; }

    public bool IsAttachedToRoot => _attachments.Contains(RootId);

    /// <summary>When set, every write fails with this error (as a non-retryable service answer would).</summary>
    public OrganizationsException? WriteFailure { get; set; }

    public void Detach() => _attachments.Remove(RootId);

    public Task<IReadOnlyList<OrganizationRoot>> ListRootsAsync(CancellationToken cancellationToken)
    {
        Reads++;
        IReadOnlyList<OrganizationRoot> roots =
            [new(RootId, "arn:aws:organizations::111111111111:root/o-a1b2c3d4e5/" + RootId, "Root", [new(PolicyTypes.BackupPolicy, PolicyTypeStatus.Enabled)])];
        return Task.FromResult(roots);
    }

    public Task<IReadOnlyList<PolicySummary>> ListBackupPoliciesAsync(CancellationToken cancellationToken)
    {
        Reads++;
        return Task.FromResult<IReadOnlyList<PolicySummary>>([_summary]);
    }

    public Task<Policy> DescribePolicyAsync(string policyId, CancellationToken cancellationToken)
    {
        Reads++;
        return Task.FromResult(new Policy(_summary, _content));
    }

    public Task<IReadOnlyList<PolicyTarget>> ListTargetsForPolicyAsync(string policyId, CancellationToken cancellationToken)
    {
        Reads++;
        return Task.FromResult<IReadOnlyList<PolicyTarget>>(
            _attachments.Select(t => new PolicyTarget(t, "arn:" + t, "Root", TargetType.Root)).ToList());
    }

    public Task<PolicySummary> CreateBackupPolicyAsync(NewPolicy policy, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("This organization always holds the managed policy.");

    public Task<PolicySummary> UpdatePolicyContentAsync(string policyId, string content, CancellationToken cancellationToken)
    {
        Write();
        _content = content;
        return Task.FromResult(_summary);
    }

    public Task AttachPolicyAsync(string policyId, string targetId, CancellationToken cancellationToken)
    {
        Write();
        _attachments.Add(targetId);
        return Task.CompletedTask;
    }

    public Task<OrganizationRoot> EnableBackupPolicyTypeAsync(string rootId, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("BACKUP_POLICY is always enabled here.");

    private void Write()
    {
        if (WriteFailure is not null)
        {
            throw WriteFailure;
        }

        Writes++;
    }
}
