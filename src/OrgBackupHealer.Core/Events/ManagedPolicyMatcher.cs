namespace OrgBackupHealer.Core.Events;

/// <summary>
/// Decides whether a successful write touched BACKUP_POLICY or one of the managed policies. CloudTrail records only the
/// policy id for DetachPolicy and DeletePolicy, so every entry's id must be known; until a reconcile has learnt them
/// all (a cold start, or an entry whose policy does not exist yet), a policy write that says nothing of its type and
/// names none of the known ids is treated as possible drift: a healthy reconcile costs only reads, a missed detach
/// costs backups.
/// </summary>
internal sealed class ManagedPolicyMatcher
{
    private const string BackupPolicyType = "BACKUP_POLICY";

    private readonly IReadOnlyCollection<string> _policyNames;

    public ManagedPolicyMatcher(IReadOnlyCollection<string> policyNames) => _policyNames = policyNames;

    /// <param name="knownPolicyIds">The managed policies' ids learnt so far; fewer than the entries means some are unknown.</param>
    /// <returns>Why the call is drift, or null when it is not.</returns>
    public string? DriftReason(CloudTrailDetail detail, IReadOnlyCollection<string> knownPolicyIds)
    {
        switch (detail.EventName)
        {
            case "DisablePolicyType":
                return detail.RequestParameters?.PolicyType == BackupPolicyType ? "BACKUP_POLICY was disabled on a root" : null;
            case "DetachPolicy" or "UpdatePolicy" or "DeletePolicy":
                return PolicyWriteReason(detail, knownPolicyIds);
            default:
                return null;
        }
    }

    private string? PolicyWriteReason(CloudTrailDetail detail, IReadOnlyCollection<string> knownPolicyIds)
    {
        var summary = detail.ResponseElements?.Policy?.PolicySummary;
        var type = summary?.Type;
        var policyId = detail.RequestParameters?.PolicyId;
        var verb = detail.EventName;

        if (type == BackupPolicyType)
        {
            return $"{verb} changed backup policy {policyId}";
        }

        if ((ManagedName(summary?.Name) ?? ManagedName(detail.RequestParameters?.Name)) is { } name)
        {
            return $"{verb} changed the managed policy {name}";
        }

        if (policyId is null || type is not null)
        {
            return null;
        }

        if (knownPolicyIds.Contains(policyId, StringComparer.Ordinal))
        {
            return $"{verb} changed the managed policy {policyId}";
        }

        return knownPolicyIds.Count < _policyNames.Count
            ? $"{verb} changed policy {policyId}, which may be a managed policy (some managed policies' ids are not known yet)"
            : null;
    }

    private string? ManagedName(string? name) => name is not null && _policyNames.Contains(name, StringComparer.Ordinal) ? name : null;
}
