using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Simulation;

/// <summary>
/// One write call that reached the simulated organization through the port, in a value-comparable form.
/// <see cref="ErrorCode"/> is null when the call succeeded. Content is left out (compare it with a capture).
/// </summary>
public sealed record WriteCall(string Operation, string Arguments, string? ErrorCode = null)
{
    public static WriteCall EnablePolicyType(string rootId, string policyType = "BACKUP_POLICY", string? errorCode = null) =>
        new(OrganizationsOperations.EnablePolicyType, $"RootId={rootId}, PolicyType={policyType}", errorCode);

    public static WriteCall CreatePolicy(string name, string policyType = "BACKUP_POLICY", string? errorCode = null) =>
        new(OrganizationsOperations.CreatePolicy, $"Name={name}, Type={policyType}", errorCode);

    public static WriteCall UpdatePolicy(string policyId, string? errorCode = null) =>
        new(OrganizationsOperations.UpdatePolicy, $"PolicyId={policyId}", errorCode);

    public static WriteCall AttachPolicy(string policyId, string targetId, string? errorCode = null) =>
        new(OrganizationsOperations.AttachPolicy, $"PolicyId={policyId}, TargetId={targetId}", errorCode);

    public static WriteCall TagResource(string policyId, string? errorCode = null) =>
        new(OrganizationsOperations.TagResource, $"ResourceId={policyId}", errorCode);

    public bool Succeeded => ErrorCode is null;

    public override string ToString() =>
        ErrorCode is null ? $"{Operation}({Arguments})" : $"{Operation}({Arguments}) -> {ErrorCode}";
}
