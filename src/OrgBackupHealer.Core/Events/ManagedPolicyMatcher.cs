namespace OrgBackupHealer.Core.Events;

/// <summary>
/// Decides whether a successful write touched BACKUP_POLICY or the managed policy. CloudTrail records only the
/// policy id for DetachPolicy and DeletePolicy, so the id must be known; until a reconcile has learnt it (a cold
/// start), a policy write that says nothing of its type is treated as possible drift: a healthy reconcile
/// costs only reads, a missed detach costs backups.
/// </summary>
internal sealed class ManagedPolicyMatcher
{
    private const string BackupPolicyType = "BACKUP_POLICY";

    private readonly string _policyName;

    public ManagedPolicyMatcher(string policyName) => _policyName = policyName;

    /// <returns>Why the call is drift, or null when it is not.</returns>
    public string? DriftReason(CloudTrailDetail detail, string? knownPolicyId)
    {
        switch (detail.EventName)
        {
            case "DisablePolicyType":
                return detail.RequestParameters?.PolicyType == BackupPolicyType ? "BACKUP_POLICY was disabled on a root" : null;
            case "DetachPolicy" or "UpdatePolicy" or "DeletePolicy":
                return PolicyWriteReason(detail, knownPolicyId);
            default:
                return null;
        }
    }

    private string? PolicyWriteReason(CloudTrailDetail detail, string? knownPolicyId)
    {
        var summary = detail.ResponseElements?.Policy?.PolicySummary;
        var type = summary?.Type;
        var policyId = detail.RequestParameters?.PolicyId;
        var verb = detail.EventName;

        if (type == BackupPolicyType)
        {
            return $"{verb} changed backup policy {policyId}";
        }

        if (summary?.Name == _policyName || detail.RequestParameters?.Name == _policyName)
        {
            return $"{verb} changed the managed policy {_policyName}";
        }

        if (policyId is null || type is not null)
        {
            return null;
        }

        if (knownPolicyId is null)
        {
            return $"{verb} changed policy {policyId}, which may be the managed policy (its id is not known yet)";
        }

        return string.Equals(policyId, knownPolicyId, StringComparison.Ordinal) ? $"{verb} changed the managed policy {policyId}" : null;
    }
}
