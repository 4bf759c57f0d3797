namespace OrgBackupHealer.Core.Tests.Events.Baseline;

/// <summary>The managed-policy drift rule as it was up to commit a42232d, over the frozen records.</summary>
internal sealed class BaselinePolicyMatcher
{
    private const string BackupPolicyType = "BACKUP_POLICY";

    private readonly string _policyName;

    public BaselinePolicyMatcher(string policyName) => _policyName = policyName;

    public string? DriftReason(BaselineCloudTrailDetail detail, string? knownPolicyId)
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

    private string? PolicyWriteReason(BaselineCloudTrailDetail detail, string? knownPolicyId)
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
