using System.Text.Json;

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
        var request = detail.RequestParameters;
        switch (detail.EventName)
        {
            case "DisablePolicyType":
                return StringAt(request, "policyType") == BackupPolicyType ? "BACKUP_POLICY was disabled on a root" : null;
            case "DetachPolicy" or "UpdatePolicy" or "DeletePolicy":
                return PolicyWriteReason(detail, knownPolicyId);
            default:
                return null;
        }
    }

    private string? PolicyWriteReason(CloudTrailDetail detail, string? knownPolicyId)
    {
        var summary = ElementAt(ElementAt(detail.ResponseElements, "policy"), "policySummary");
        var type = StringAt(summary, "type");
        var policyId = StringAt(detail.RequestParameters, "policyId");
        var verb = detail.EventName;

        if (type == BackupPolicyType)
        {
            return $"{verb} changed backup policy {policyId}";
        }

        if (StringAt(summary, "name") == _policyName || StringAt(detail.RequestParameters, "name") == _policyName)
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

    private static JsonElement? ElementAt(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var value) ? value : null;

    private static string? StringAt(JsonElement? parent, string name) =>
        ElementAt(parent, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
}
